package org.cseriskrecord.riskmodel.judgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseriskrecord.riskmodel.TestFacts.aFifteenYearOld;
import static org.cseriskrecord.riskmodel.catalogue.Category.HIGH;
import static org.cseriskrecord.riskmodel.catalogue.Category.LOW;
import static org.cseriskrecord.riskmodel.catalogue.Category.MEDIUM;

import java.time.LocalDate;
import java.util.List;

import org.cseriskrecord.riskmodel.TestFacts;
import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.cseriskrecord.riskmodel.rules.RiskAssessor;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.cseriskrecord.riskmodel.rules.RiskOutcome;
import org.junit.jupiter.api.Test;

class ProfessionalJudgementTest {

    private final RiskAssessor assessor = new RiskAssessor(Pathways.nottinghamshire());

    private RiskOutcome suggested(TestFacts facts) {
        return assessor.assess(facts.build());
    }

    @Test
    void a_level_above_the_suggestion_is_always_accepted() {
        RiskOutcome none = suggested(aFifteenYearOld());

        for (RiskLevel higher : new RiskLevel[] {RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH}) {
            assertThat(ProfessionalJudgement.check(none, higher, null))
                    .isEqualTo(new JudgementCheck(true, false, List.of()));
        }
    }

    @Test
    void a_level_equal_to_the_suggestion_is_accepted_without_rationale() {
        RiskOutcome medium = suggested(aFifteenYearOld().marking(2, MEDIUM));

        JudgementCheck check = ProfessionalJudgement.check(medium, RiskLevel.MEDIUM, "");

        assertThat(check.accepted()).isTrue();
        assertThat(check.downgrade()).isFalse();
        assertThat(check.problems()).isEmpty();
    }

    @Test
    void a_level_below_the_suggestion_without_rationale_is_a_rejected_downgrade() {
        RiskOutcome high = suggested(aFifteenYearOld().marking(1, HIGH));

        JudgementCheck check = ProfessionalJudgement.check(high, RiskLevel.MEDIUM, "   ");

        assertThat(check.accepted()).isFalse();
        assertThat(check.downgrade()).isTrue();
        assertThat(check.problems()).containsExactly("The level you assess (MEDIUM) is below the suggested level "
                + "(HIGH); please write down the professional rationale for this.");
    }

    @Test
    void a_level_below_the_suggestion_with_rationale_is_an_accepted_downgrade() {
        RiskOutcome high = suggested(aFifteenYearOld().marking("HIGH_PREVIOUS_VICTIM_OF_CSE"));

        JudgementCheck check = ProfessionalJudgement.check(high, RiskLevel.LOW,
                "Known victim previously; CSE processes followed; no current concerns in relation to risk of CSE.");

        assertThat(check.accepted()).isTrue();
        assertThat(check.downgrade()).isTrue();
        assertThat(check.problems()).isEmpty();
    }

    @Test
    void low_is_rejected_for_a_child_under_13_even_with_a_rationale() {
        RiskOutcome floored = suggested(aFifteenYearOld().bornOn(LocalDate.of(2014, 3, 2)).marking(4, LOW));

        JudgementCheck check = ProfessionalJudgement.check(floored, RiskLevel.LOW, "I think it is low.");

        assertThat(check.accepted()).isFalse();
        assertThat(check.downgrade()).isTrue();
        assertThat(check.problems()).containsExactly("A child under 13 or with learning difficulties cannot be "
                + "assessed as LOW risk: here the child is under 13 on the assessment date (born 2014-03-02). "
                + "Please assess MEDIUM or HIGH.");
    }

    @Test
    void low_is_rejected_for_a_child_with_a_learning_difficulty_even_above_a_none_suggestion() {
        RiskOutcome none = suggested(aFifteenYearOld().withLearningDifficulty());

        JudgementCheck check = ProfessionalJudgement.check(none, RiskLevel.LOW, null);

        assertThat(check.accepted()).isFalse();
        assertThat(check.downgrade()).isFalse();
        assertThat(check.problems()).singleElement().asString()
                .startsWith("A child under 13 or with learning difficulties cannot be assessed as LOW risk")
                .contains("the child has a recorded learning difficulty");
    }

    @Test
    void low_without_rationale_below_a_floored_suggestion_reports_both_problems() {
        RiskOutcome floored = suggested(aFifteenYearOld().withLearningDifficulty().marking(4, LOW));

        JudgementCheck check = ProfessionalJudgement.check(floored, RiskLevel.LOW, null);

        assertThat(check.accepted()).isFalse();
        assertThat(check.problems()).hasSize(2);
    }

    @Test
    void medium_or_high_is_accepted_for_a_child_under_13() {
        RiskOutcome floored = suggested(aFifteenYearOld().bornOn(LocalDate.of(2014, 3, 2)).marking(4, LOW));

        assertThat(ProfessionalJudgement.check(floored, RiskLevel.MEDIUM, null).accepted()).isTrue();
        assertThat(ProfessionalJudgement.check(floored, RiskLevel.HIGH, null).accepted()).isTrue();
    }

    @Test
    void low_is_rejected_for_a_child_whose_learning_difficulty_is_not_known() {
        RiskOutcome outcome = suggested(aFifteenYearOld().withLearningDifficultyNotKnown().marking(4, LOW));

        JudgementCheck check = ProfessionalJudgement.check(outcome, RiskLevel.LOW, "Seems low to me.");

        assertThat(check.accepted()).isFalse();
        assertThat(check.problems()).first().asString().contains("is not known");
    }

    @Test
    void no_risk_for_a_child_under_13_with_indicators_below_the_thresholds_needs_a_written_rationale() {
        RiskOutcome outcome = suggested(aFifteenYearOld().bornOn(LocalDate.of(2013, 1, 5))
                .marking("MEDIUM_SEXUAL_ACTIVITY_UNDER_13").marking(3, LOW));

        JudgementCheck check = ProfessionalJudgement.check(outcome, RiskLevel.NONE, " ");

        assertThat(check.accepted()).isFalse();
        assertThat(check.belowFloorWithIndicators()).isTrue();
        assertThat(check.downgrade()).isFalse();
        assertThat(check.problems()).singleElement().asString()
                .startsWith("No child under 13 or with learning difficulties can be categorised as low risk, and "
                        + "indicators are present here (the child is under 13 on the assessment date")
                .contains("assessing no risk (NONE) needs a written professional rationale");
    }

    @Test
    void no_risk_for_a_child_under_13_with_indicators_and_a_rationale_is_accepted_and_flagged() {
        RiskOutcome outcome = suggested(aFifteenYearOld().bornOn(LocalDate.of(2013, 1, 5))
                .marking("MEDIUM_SEXUAL_ACTIVITY_UNDER_13"));

        JudgementCheck check = ProfessionalJudgement.check(outcome, RiskLevel.NONE,
                "The activity was with a peer of the same age; no adult or exchange involved.");

        assertThat(check).isEqualTo(new JudgementCheck(true, false, true, false, List.of()));
    }

    @Test
    void medium_for_a_child_under_13_with_indicators_below_the_thresholds_is_accepted_without_a_flag() {
        RiskOutcome outcome = suggested(aFifteenYearOld().bornOn(LocalDate.of(2013, 1, 5))
                .marking("MEDIUM_SEXUAL_ACTIVITY_UNDER_13"));

        assertThat(ProfessionalJudgement.check(outcome, RiskLevel.MEDIUM, null))
                .isEqualTo(new JudgementCheck(true, false, false, false, List.of()));
    }

    @Test
    void a_level_below_the_last_authorised_level_without_a_rationale_is_a_refused_step_down() {
        RiskOutcome outcome = suggested(aFifteenYearOld().marking(4, LOW));

        JudgementCheck check = ProfessionalJudgement.check(outcome, RiskLevel.LOW, null, RiskLevel.HIGH);

        assertThat(check.accepted()).isFalse();
        assertThat(check.stepDown()).isTrue();
        assertThat(check.problems()).containsExactly("The level you assess (LOW) is below the child's last "
                + "authorised level (HIGH): stepping down needs a written rationale saying why the risk has reduced.");
    }

    @Test
    void a_step_down_with_a_rationale_is_accepted_and_flagged() {
        RiskOutcome outcome = suggested(aFifteenYearOld().marking(4, LOW));

        JudgementCheck check = ProfessionalJudgement.check(outcome, RiskLevel.LOW,
                "Disruption plan worked: no contact with the adults for three months.", RiskLevel.MEDIUM);

        assertThat(check).isEqualTo(new JudgementCheck(true, false, false, true, List.of()));
    }

    @Test
    void the_same_or_a_higher_level_than_the_last_authorised_one_is_no_step_down() {
        RiskOutcome outcome = suggested(aFifteenYearOld().marking(2, MEDIUM));

        assertThat(ProfessionalJudgement.check(outcome, RiskLevel.MEDIUM, null, RiskLevel.MEDIUM).stepDown()).isFalse();
        assertThat(ProfessionalJudgement.check(outcome, RiskLevel.HIGH, null, RiskLevel.MEDIUM).stepDown()).isFalse();
    }

    @Test
    void one_rationale_answers_a_downgrade_and_a_step_down_together() {
        RiskOutcome outcome = suggested(aFifteenYearOld().marking(1, HIGH));

        assertThat(ProfessionalJudgement.check(outcome, RiskLevel.MEDIUM, null, RiskLevel.HIGH).problems())
                .hasSize(2);
        JudgementCheck check = ProfessionalJudgement.check(outcome, RiskLevel.MEDIUM, "Adult identified as a vetted "
                + "relative; police checks done.", RiskLevel.HIGH);
        assertThat(check).isEqualTo(new JudgementCheck(true, true, false, true, List.of()));
    }

    @Test
    void a_missing_assessed_level_is_rejected_with_a_sentence() {
        JudgementCheck check = ProfessionalJudgement.check(suggested(aFifteenYearOld()), null, null);

        assertThat(check.accepted()).isFalse();
        assertThat(check.problems()).containsExactly("Please choose the level you assess: no risk, LOW, MEDIUM or HIGH.");
    }
}
