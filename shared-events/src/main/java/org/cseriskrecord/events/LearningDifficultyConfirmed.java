package org.cseriskrecord.events;

/**
 * The practitioner confirmed, for this assessment, the child's learning-difficulty answer as the child's details
 * give it, after marking an item about social or learning difficulties while the answer was NO or NOT_KNOWN.
 *
 * @param learningDifficulty the answer confirmed: {@code NO} or {@code NOT_KNOWN} (or {@code YES})
 */
@EventType(name = "LearningDifficultyConfirmed", revision = 1)
public record LearningDifficultyConfirmed(String caseId, String assessmentId,
                                          @PersonalData("child") String learningDifficulty) implements AssessmentEvent {
}
