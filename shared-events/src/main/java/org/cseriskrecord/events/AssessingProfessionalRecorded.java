package org.cseriskrecord.events;

/** The details of the professional completing the assessment were changed; they replace the earlier ones. */
@EventType(name = "AssessingProfessionalRecorded", revision = 1)
public record AssessingProfessionalRecorded(String caseId, String assessmentId,
                                            AssessingProfessional completedBy) implements AssessmentEvent {
}
