package org.cseriskrecord.events;

/**
 * An event in the history of one child's case. The case id is the aggregate id, the Kafka key and the unit of
 * ordering: every consumer sees a case's events in the order they happened.
 */
public sealed interface CaseEvent permits CaseOpened, ChildDetailsCorrected, CaseDetailsUpdated, CaseShared,
        CaseShareRevoked, AssessmentEvent, LegalHoldPlaced, LegalHoldLifted, CaseErased {
    String caseId();
}
