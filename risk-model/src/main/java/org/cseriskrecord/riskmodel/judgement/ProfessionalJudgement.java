package org.cseriskrecord.riskmodel.judgement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.cseriskrecord.riskmodel.rules.RiskOutcome;

/**
 * Checks the practitioner's own assessment of the level against the suggested outcome. The form is a guide that
 * should aid professional judgement and not replace it, so:
 * <ul>
 * <li>a level above the suggestion is always accepted;</li>
 * <li>a level equal to the suggestion is accepted;</li>
 * <li>a level below the suggestion is a downgrade: accepted only with a written rationale;</li>
 * <li>LOW is rejected for a child under 13 or with a learning difficulty, whatever the suggestion and the
 * rationale ("No child under 13 or with learning difficulties can be categorised as low risk").</li>
 * </ul>
 */
public final class ProfessionalJudgement {

    private ProfessionalJudgement() {
    }

    /**
     * @param suggested     the outcome the rules suggested
     * @param assessedLevel the level the practitioner assesses
     * @param rationale     the practitioner's written rationale; may be null or blank unless downgrading
     */
    public static JudgementCheck check(RiskOutcome suggested, RiskLevel assessedLevel, String rationale) {
        Objects.requireNonNull(suggested, "suggested");
        if (assessedLevel == null) {
            return new JudgementCheck(false, false,
                    List.of("Please choose the level you assess: no risk, LOW, MEDIUM or HIGH."));
        }
        boolean downgrade = assessedLevel.isBelow(suggested.suggestedLevel());
        List<String> problems = new ArrayList<>();
        if (assessedLevel == RiskLevel.LOW && suggested.floorConditionsPresent()) {
            problems.add("A child under 13 or with learning difficulties cannot be assessed as LOW risk: here "
                    + String.join(" and ", suggested.floorConditions()) + ". Please assess MEDIUM or HIGH.");
        }
        if (downgrade && (rationale == null || rationale.isBlank())) {
            problems.add("The level you assess (" + assessedLevel + ") is below the suggested level ("
                    + suggested.suggestedLevel() + "); please write down the professional rationale for this.");
        }
        return new JudgementCheck(problems.isEmpty(), downgrade, problems);
    }
}
