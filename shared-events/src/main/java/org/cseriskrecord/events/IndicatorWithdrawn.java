package org.cseriskrecord.events;

/** A marked or carried-forward indicator was withdrawn, with the practitioner's reason. */
@EventType(name = "IndicatorWithdrawn", revision = 1)
public record IndicatorWithdrawn(String caseId, String assessmentId, String code,
                                 @PersonalData("child and third parties") String reason) implements AssessmentEvent {
}
