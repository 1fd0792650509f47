package org.cseriskrecord.events;

import org.cseriskrecord.riskmodel.rules.CategoryCounts;

import java.util.List;

/**
 * The assessment was submitted for a manager's authorisation. Records what the tool suggested at that moment and
 * how the judgement stood against it, so the record shows the outcome the manager saw even if the rules are later
 * revised.
 *
 * @param recommendedActions       the required response of {@code responseLevel} (revision 1: of the suggestion)
 * @param responseLevel            the level whose required response applies: the higher of the suggestion and the
 *                                 assessed level
 * @param floorWithIndicators      the child is under the floor and indicators are present below every threshold
 * @param belowFloorWithIndicators the assessed level is NONE while {@code floorWithIndicators}: accepted with a
 *                                 rationale, flagged
 * @param learningDifficulty       the learning-difficulty answer the rules applied: YES, NO or NOT_KNOWN (null in
 *                                 revision 1)
 * @param lastAuthorisedLevel      the child's last authorised level before this assessment, or null
 * @param stepDown                 the assessed level is below {@code lastAuthorisedLevel}: accepted with a rationale,
 *                                 flagged
 */
@EventType(name = "AssessmentSubmitted", revision = 2)
public record AssessmentSubmitted(
        String caseId,
        String assessmentId,
        CategoryCounts counts,
        String suggestedLevel,
        String ruleFired,
        boolean floorApplied,
        String assessedLevel,
        boolean downgrade,
        List<String> recommendedActions,
        String responseLevel,
        boolean floorWithIndicators,
        boolean belowFloorWithIndicators,
        @PersonalData("child") String learningDifficulty,
        String lastAuthorisedLevel,
        boolean stepDown) implements AssessmentEvent {

    public AssessmentSubmitted {
        recommendedActions = recommendedActions == null ? List.of() : List.copyOf(recommendedActions);
    }
}
