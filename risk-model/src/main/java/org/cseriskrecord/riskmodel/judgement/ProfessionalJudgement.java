package org.cseriskrecord.riskmodel.judgement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.cseriskrecord.riskmodel.rules.RiskOutcome;

/**
 * Checks a professionally assessed level (the practitioner's, or the manager's at authorisation) against the
 * suggested outcome and the child's last authorised level. The form is a guide that should aid professional
 * judgement and not replace it, but the record must never hold a risk lower than the rules or the judgement allow
 * without a written reason, so:
 * <ul>
 * <li>a level above the suggestion is always accepted;</li>
 * <li>a level equal to the suggestion is accepted;</li>
 * <li>a level below the suggestion is a downgrade: accepted only with a written rationale;</li>
 * <li>LOW is rejected for a child under 13 or with a learning difficulty that is YES or NOT_KNOWN, whatever the
 * suggestion and the rationale ("No child under 13 or with learning difficulties can be categorised as low
 * risk");</li>
 * <li>NONE for such a child while indicators are present below the thresholds is accepted only with a written
 * rationale, and flagged (the floor cannot be sidestepped by recording no risk);</li>
 * <li>a level below the child's last authorised level is a step-down: accepted only with a written rationale, and
 * flagged.</li>
 * </ul>
 * One rationale answers every rule that asks for one; each problem names the rule it comes from.
 */
public final class ProfessionalJudgement {

    private ProfessionalJudgement() {
    }

    /**
     * Checks a level for a first assessment (no earlier authorised level).
     *
     * @param suggested     the outcome the rules suggested
     * @param assessedLevel the level the practitioner assesses
     * @param rationale     the practitioner's written rationale; may be null or blank unless one is required
     */
    public static JudgementCheck check(RiskOutcome suggested, RiskLevel assessedLevel, String rationale) {
        return check(suggested, assessedLevel, rationale, null);
    }

    /**
     * @param suggested           the outcome the rules suggested
     * @param assessedLevel       the level assessed
     * @param rationale           the written rationale; may be null or blank unless one is required
     * @param lastAuthorisedLevel the level of the child's last authorised assessment, or null if there is none
     */
    public static JudgementCheck check(RiskOutcome suggested, RiskLevel assessedLevel, String rationale,
                                       RiskLevel lastAuthorisedLevel) {
        Objects.requireNonNull(suggested, "suggested");
        if (assessedLevel == null) {
            return new JudgementCheck(false, false, List.of(
                    "Please choose the level you assess: no risk, LOW, MEDIUM or HIGH."));
        }
        boolean noRationale = rationale == null || rationale.isBlank();
        boolean downgrade = assessedLevel.isBelow(suggested.suggestedLevel());
        boolean belowFloorWithIndicators = assessedLevel == RiskLevel.NONE && suggested.floorWithIndicators();
        boolean stepDown = lastAuthorisedLevel != null && assessedLevel.isBelow(lastAuthorisedLevel);
        List<String> problems = new ArrayList<>();
        if (assessedLevel == RiskLevel.LOW && suggested.floorConditionsPresent()) {
            problems.add("A child under 13 or with learning difficulties cannot be assessed as LOW risk: here "
                    + String.join(" and ", suggested.floorConditions()) + ". Please assess MEDIUM or HIGH.");
        }
        if (downgrade && noRationale) {
            problems.add("The level you assess (" + assessedLevel + ") is below the suggested level ("
                    + suggested.suggestedLevel() + "); please write down the professional rationale for this.");
        }
        if (belowFloorWithIndicators && noRationale) {
            problems.add("No child under 13 or with learning difficulties can be categorised as low risk, and "
                    + "indicators are present here (" + String.join(" and ", suggested.floorConditions())
                    + "): assessing no risk (NONE) needs a written professional rationale, and is flagged for the "
                    + "manager. Otherwise assess MEDIUM or HIGH.");
        }
        if (stepDown && noRationale) {
            problems.add("The level you assess (" + assessedLevel + ") is below the child's last authorised level ("
                    + lastAuthorisedLevel + "): stepping down needs a written rationale saying why the risk has "
                    + "reduced.");
        }
        return new JudgementCheck(problems.isEmpty(), downgrade, belowFloorWithIndicators, stepDown, problems);
    }
}
