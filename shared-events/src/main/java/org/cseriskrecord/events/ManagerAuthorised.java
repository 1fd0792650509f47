package org.cseriskrecord.events;

/** A manager (not the author) authorised the assessment; from now on it is immutable and sets the case's risk level. */
@EventType(name = "ManagerAuthorised", revision = 1)
public record ManagerAuthorised(String caseId, String assessmentId, String assessedLevel,
                                @PersonalData("child and third parties") String comments) implements AssessmentEvent {
}
