package org.cseriskrecord.events;

/** A manager returned the submitted assessment to the practitioner; it is editable again. */
@EventType(name = "AssessmentReturned", revision = 1)
public record AssessmentReturned(String caseId, String assessmentId,
                                 @PersonalData("child and third parties") String reason) implements AssessmentEvent {
}
