package org.cseriskrecord.events;

/**
 * A draft (or returned) assessment was discarded by its author or a manager of the author's agency. It stays in the
 * history, never counts in any figure, and the case can start a new assessment.
 */
@EventType(name = "AssessmentDiscarded", revision = 1)
public record AssessmentDiscarded(String caseId, String assessmentId,
                                  @PersonalData("child and third parties") String reason) implements AssessmentEvent {
}
