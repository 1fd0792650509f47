package org.cseriskrecord.events;

/**
 * One of the seed's "Additional detail/evidence" boxes was written (replacing its earlier text).
 *
 * @param section {@code VULNERABILITY}, {@code LOW}, {@code MEDIUM} or {@code HIGH}: the box beside that category
 */
@EventType(name = "AdditionalDetailRecorded", revision = 1)
public record AdditionalDetailRecorded(String caseId, String assessmentId, String section,
                                       @PersonalData("child and third parties") String text) implements AssessmentEvent {
}
