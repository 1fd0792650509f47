package org.cseriskrecord.riskmodel.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cseriskrecord.riskmodel.Answer;

/**
 * The explained result of applying the form's rules to one assessment. It is a suggestion to aid professional
 * judgement, not a replacement for it.
 *
 * @param catalogueVersion            the catalogue version the outcome was computed with
 * @param suggestedLevel              the suggested level, after the under-13 / learning-difficulty floor
 * @param levelBeforeFloor            the level the thresholds alone give
 * @param ruleFired                   the rule that decided the level, in words a practitioner understands, e.g.
 *                                    "1 HIGH indicator: Meeting unknown adults"
 * @param floorApplied                true if a LOW level was raised to MEDIUM by the floor
 * @param floorConditions             why the floor applies to this child (whether or not it changed the level);
 *                                    empty if it does not apply
 * @param floorExplanation            why the level was raised; null unless {@code floorApplied}
 * @param counts                      items per category; the vulnerability count includes derived items that apply
 * @param derivedCodes                the derived items that apply, e.g. {@code VULN_UNDER_13}
 * @param belowThreshold              one sentence per category with indicators that did not reach its threshold
 * @param recommendedActions          the area's required response for the suggested level (see {@link #responses})
 * @param standingNotes               the area's standing notes, to show with every outcome
 * @param learningDifficulty          the learning-difficulty answer the rules applied (NOT_KNOWN applies the floor)
 * @param floorWithIndicators         true if the floor conditions are present and LOW, MEDIUM or HIGH indicators are
 *                                    marked, but no threshold is met: the child cannot be categorised as low risk
 *                                    and professional judgement is required; never "no referral is required"
 * @param learningDifficultyToConfirm true if an item about social or learning difficulties is marked while the
 *                                    learning-difficulty answer is NO or NOT_KNOWN: the answer must be confirmed
 * @param responses                   the area's required response for each level, as it applies to this
 *                                    assessment (conditional guidance only where its condition is marked; the NONE
 *                                    response is the floor response when {@code floorWithIndicators})
 */
public record RiskOutcome(
        String catalogueVersion,
        RiskLevel suggestedLevel,
        RiskLevel levelBeforeFloor,
        String ruleFired,
        boolean floorApplied,
        List<String> floorConditions,
        String floorExplanation,
        CategoryCounts counts,
        List<String> derivedCodes,
        List<String> belowThreshold,
        List<String> recommendedActions,
        List<String> standingNotes,
        Answer learningDifficulty,
        boolean floorWithIndicators,
        boolean learningDifficultyToConfirm,
        Map<RiskLevel, List<String>> responses) {

    public RiskOutcome {
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        Objects.requireNonNull(suggestedLevel, "suggestedLevel");
        Objects.requireNonNull(levelBeforeFloor, "levelBeforeFloor");
        Objects.requireNonNull(ruleFired, "ruleFired");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(learningDifficulty, "learningDifficulty");
        floorConditions = List.copyOf(floorConditions);
        derivedCodes = List.copyOf(derivedCodes);
        belowThreshold = List.copyOf(belowThreshold);
        recommendedActions = List.copyOf(recommendedActions);
        standingNotes = List.copyOf(standingNotes);
        Map<RiskLevel, List<String>> byLevel = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            List<String> actions = responses.get(level);
            if (actions == null) {
                throw new IllegalArgumentException("The outcome needs the required response of every level");
            }
            byLevel.put(level, List.copyOf(actions));
        }
        responses = Collections.unmodifiableMap(byLevel);
        if (floorApplied != (floorExplanation != null)) {
            throw new IllegalArgumentException("A floor explanation is given exactly when the floor was applied");
        }
        if (!recommendedActions.equals(responses.get(suggestedLevel))) {
            throw new IllegalArgumentException("The recommended actions are the response of the suggested level");
        }
    }

    /**
     * True if the child is under 13 or has a learning difficulty that is YES or NOT_KNOWN, so LOW is never a valid
     * level.
     */
    public boolean floorConditionsPresent() {
        return !floorConditions.isEmpty();
    }

    /**
     * The level whose required response applies: the higher of the suggestion and the level the professional (or
     * the manager) assessed, so that a judgement above the tool raises the response and none lowers it.
     *
     * @param assessedLevel the assessed level, or null if none is recorded yet (the suggestion then applies)
     */
    public RiskLevel responseLevel(RiskLevel assessedLevel) {
        return assessedLevel != null && assessedLevel.isAbove(suggestedLevel) ? assessedLevel : suggestedLevel;
    }

    /** The required response of {@link #responseLevel(RiskLevel)}. */
    public List<String> recommendedActionsFor(RiskLevel assessedLevel) {
        return responses.get(responseLevel(assessedLevel));
    }
}
