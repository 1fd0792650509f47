package org.cseriskrecord.query.outcome;

import org.cseriskrecord.riskmodel.rules.CategoryCounts;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.cseriskrecord.riskmodel.rules.RiskOutcome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the tool suggests for an assessment, as the projections store and show it: computed by the risk model from
 * the active indicators while the assessment is being edited, and as recorded in {@code AssessmentSubmitted} once
 * submitted. If the model cannot compute it (e.g. the child's date of birth is after the assessment date), every
 * field is empty and {@code problem} says why.
 *
 * @param learningDifficulty          the learning-difficulty answer the rules applied (YES, NO or NOT_KNOWN)
 * @param floorWithIndicators         under the floor, with indicators below every threshold
 * @param learningDifficultyToConfirm an item about learning difficulties is marked while the answer is not YES
 * @param responses                   the required response of each level, as it applies to this assessment
 */
public record OutcomeView(
        CategoryCounts counts,
        String suggestedLevel,
        String levelBeforeFloor,
        String ruleFired,
        boolean floorApplied,
        List<String> floorConditions,
        String floorExplanation,
        List<String> derivedCodes,
        List<String> belowThreshold,
        List<String> recommendedActions,
        List<String> standingNotes,
        String problem,
        String learningDifficulty,
        boolean floorWithIndicators,
        boolean learningDifficultyToConfirm,
        Map<String, List<String>> responses) {

    public OutcomeView {
        floorConditions = floorConditions == null ? List.of() : List.copyOf(floorConditions);
        derivedCodes = derivedCodes == null ? List.of() : List.copyOf(derivedCodes);
        belowThreshold = belowThreshold == null ? List.of() : List.copyOf(belowThreshold);
        recommendedActions = recommendedActions == null ? List.of() : List.copyOf(recommendedActions);
        standingNotes = standingNotes == null ? List.of() : List.copyOf(standingNotes);
        responses = responses == null ? Map.of() : Map.copyOf(responses);
    }

    public static OutcomeView of(RiskOutcome outcome) {
        Map<String, List<String>> responses = new LinkedHashMap<>();
        for (RiskLevel level : RiskLevel.values()) {
            responses.put(level.name(), outcome.responses().get(level));
        }
        return new OutcomeView(
                outcome.counts(),
                outcome.suggestedLevel().name(),
                outcome.levelBeforeFloor().name(),
                outcome.ruleFired(),
                outcome.floorApplied(),
                outcome.floorConditions(),
                outcome.floorExplanation(),
                outcome.derivedCodes(),
                outcome.belowThreshold(),
                outcome.recommendedActions(),
                outcome.standingNotes(),
                null,
                outcome.learningDifficulty().name(),
                outcome.floorWithIndicators(),
                outcome.learningDifficultyToConfirm(),
                responses);
    }

    public static OutcomeView unavailable(String problem) {
        return new OutcomeView(null, null, null, null, false, List.of(), null, List.of(), List.of(), List.of(),
                List.of(), problem, null, false, false, Map.of());
    }

    /**
     * This outcome with the values the submission recorded: what the manager saw. The details the event does not
     * carry (floor explanation, below-threshold notes, standing notes, derived items, the response of each level)
     * stay as computed; the floor explanation and conditions go if the submission says the floor was not applied.
     */
    public OutcomeView asSubmitted(CategoryCounts submittedCounts, String submittedLevel, String submittedRule,
                                   boolean submittedFloorApplied, List<String> submittedActions,
                                   String submittedLearningDifficulty, boolean submittedFloorWithIndicators) {
        return new OutcomeView(
                submittedCounts != null ? submittedCounts : counts,
                submittedLevel != null ? submittedLevel : suggestedLevel,
                levelBeforeFloor,
                submittedRule != null ? submittedRule : ruleFired,
                submittedFloorApplied,
                floorConditions,
                submittedFloorApplied ? floorExplanation : null,
                derivedCodes,
                belowThreshold,
                submittedActions != null ? submittedActions : recommendedActions,
                standingNotes,
                problem,
                submittedLearningDifficulty != null ? submittedLearningDifficulty : learningDifficulty,
                submittedFloorWithIndicators || floorWithIndicators,
                learningDifficultyToConfirm,
                responses);
    }
}
