package org.cseriskrecord.riskmodel.rules;

import java.util.List;
import java.util.Objects;

/**
 * The explained result of applying the form's rules to one assessment. It is a suggestion to aid professional
 * judgement, not a replacement for it.
 *
 * @param catalogueVersion   the catalogue version the outcome was computed with
 * @param suggestedLevel     the suggested level, after the under-13 / learning-difficulty floor
 * @param levelBeforeFloor   the level the thresholds alone give
 * @param ruleFired          the rule that decided the level, in words a practitioner understands, e.g.
 *                           "1 HIGH indicator: Meeting unknown adults"
 * @param floorApplied       true if a LOW level was raised to MEDIUM by the floor
 * @param floorConditions    why the floor applies to this child (whether or not it changed the level); empty if
 *                           it does not apply
 * @param floorExplanation   why the level was raised; null unless {@code floorApplied}
 * @param counts             items per category; the vulnerability count includes derived items that apply
 * @param derivedCodes       the derived items that apply, e.g. {@code VULN_UNDER_13}
 * @param belowThreshold     one sentence per category with indicators that did not reach its threshold
 * @param recommendedActions the area's required response for the suggested level
 * @param standingNotes      the area's standing notes, to show with every outcome
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
        List<String> standingNotes) {

    public RiskOutcome {
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        Objects.requireNonNull(suggestedLevel, "suggestedLevel");
        Objects.requireNonNull(levelBeforeFloor, "levelBeforeFloor");
        Objects.requireNonNull(ruleFired, "ruleFired");
        Objects.requireNonNull(counts, "counts");
        floorConditions = List.copyOf(floorConditions);
        derivedCodes = List.copyOf(derivedCodes);
        belowThreshold = List.copyOf(belowThreshold);
        recommendedActions = List.copyOf(recommendedActions);
        standingNotes = List.copyOf(standingNotes);
        if (floorApplied != (floorExplanation != null)) {
            throw new IllegalArgumentException("A floor explanation is given exactly when the floor was applied");
        }
    }

    /** True if the child is under 13 or has a recorded learning difficulty, so LOW is never a valid level. */
    public boolean floorConditionsPresent() {
        return !floorConditions.isEmpty();
    }
}
