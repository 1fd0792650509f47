package org.cseriskrecord.riskmodel.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cseriskrecord.riskmodel.TestFacts.aFifteenYearOld;
import static org.cseriskrecord.riskmodel.catalogue.Category.HIGH;
import static org.cseriskrecord.riskmodel.catalogue.Category.LOW;
import static org.cseriskrecord.riskmodel.catalogue.Category.MEDIUM;
import static org.cseriskrecord.riskmodel.catalogue.Category.VULNERABILITY;

import java.time.LocalDate;
import java.util.Set;

import org.cseriskrecord.riskmodel.Answer;
import org.cseriskrecord.riskmodel.DerivedIndicatorException;
import org.cseriskrecord.riskmodel.RiskModelException;
import org.cseriskrecord.riskmodel.TestFacts;
import org.cseriskrecord.riskmodel.UnknownAreaException;
import org.cseriskrecord.riskmodel.UnknownCatalogueVersionException;
import org.cseriskrecord.riskmodel.UnknownIndicatorException;
import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RiskAssessorTest {

    private final RiskAssessor assessor = new RiskAssessor(Pathways.nottinghamshire());

    private RiskOutcome assess(TestFacts facts) {
        return assessor.assess(facts.build());
    }

    @Nested
    class Thresholds {

        @Test
        void suggests_none_when_nothing_is_marked() {
            RiskOutcome outcome = assess(aFifteenYearOld());

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.NONE);
            assertThat(outcome.ruleFired())
                    .isEqualTo("No identified risk related to CSE — this does not mean there is no exploitation");
            assertThat(outcome.counts()).isEqualTo(new CategoryCounts(0, 0, 0, 0));
            assertThat(outcome.belowThreshold()).isEmpty();
        }

        @Test
        void suggests_high_when_one_high_indicator_is_marked() {
            RiskOutcome outcome = assess(aFifteenYearOld().marking("HIGH_MEETING_UNKNOWN_ADULTS"));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.HIGH);
            assertThat(outcome.levelBeforeFloor()).isEqualTo(RiskLevel.HIGH);
            assertThat(outcome.ruleFired()).isEqualTo("1 HIGH indicator: Meeting unknown adults");
        }

        @Test
        void zero_high_indicators_do_not_suggest_high() {
            RiskOutcome outcome = assess(aFifteenYearOld().marking(1, MEDIUM).marking(3, LOW));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.NONE);
            assertThat(outcome.counts().high()).isZero();
        }

        @Test
        void names_every_high_indicator_when_several_are_marked() {
            RiskOutcome outcome = assess(aFifteenYearOld()
                    .marking("HIGH_PREVIOUS_VICTIM_OF_CSE", "HIGH_MEETING_UNKNOWN_ADULTS"));

            assertThat(outcome.ruleFired())
                    .isEqualTo("2 HIGH indicators: Meeting unknown adults; Previous victim of CSE");
        }

        @Test
        void one_medium_indicator_is_below_threshold_and_reported() {
            RiskOutcome outcome = assess(aFifteenYearOld().marking("MEDIUM_MULTIPLE_OR_RECURRING_STIS"));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.NONE);
            assertThat(outcome.belowThreshold()).containsExactly("1 MEDIUM indicator present below the threshold "
                    + "of 2 — apply professional judgement (Multiple or recurring STIs)");
        }

        @Test
        void suggests_medium_when_two_medium_indicators_are_marked() {
            RiskOutcome outcome = assess(aFifteenYearOld()
                    .marking("MEDIUM_MULTIPLE_OR_RECURRING_STIS", "MEDIUM_MISSING_FROM_HOME_OR_CARE"));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.MEDIUM);
            assertThat(outcome.ruleFired()).isEqualTo(
                    "2 MEDIUM indicators: Multiple or recurring STIs; Missing or absent  from home or care");
            assertThat(outcome.belowThreshold()).isEmpty();
        }

        @Test
        void three_low_indicators_are_below_threshold_and_reported() {
            RiskOutcome outcome = assess(aFifteenYearOld()
                    .marking("LOW_RETURNING_HOME_LATE", "LOW_MOOD_SWINGS", "LOW_SECRETIVE_BEHAVIOUR"));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.NONE);
            assertThat(outcome.counts().low()).isEqualTo(3);
            assertThat(outcome.belowThreshold()).containsExactly("3 LOW indicators present below the threshold of 4 "
                    + "— apply professional judgement (Returning home late; Mood swings; Secretive behaviour)");
        }

        @Test
        void suggests_low_when_four_low_indicators_are_marked() {
            RiskOutcome outcome = assess(aFifteenYearOld().marking(4, LOW));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.LOW);
            assertThat(outcome.floorApplied()).isFalse();
            assertThat(outcome.ruleFired()).isEqualTo("4 LOW indicators: Early experimenting with drugs or alcohol; "
                    + "Absent/truanting from school; Lack of interest in education; Frequent problematic behaviour");
            assertThat(outcome.belowThreshold()).isEmpty();
        }

        @Test
        void ten_low_and_one_medium_indicator_suggest_low_and_report_the_medium_one() {
            RiskOutcome outcome = assess(aFifteenYearOld().marking(10, LOW).marking("MEDIUM_POOR_SELF_IMAGE"));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.LOW);
            assertThat(outcome.ruleFired()).startsWith("10 LOW indicators: ");
            assertThat(outcome.belowThreshold()).containsExactly("1 MEDIUM indicator present below the threshold "
                    + "of 2 — apply professional judgement (Poor self-image)");
        }

        @Test
        void one_high_indicator_beats_every_other_marking() {
            RiskOutcome outcome = assess(aFifteenYearOld()
                    .marking(14, LOW).marking(26, MEDIUM).marking(23, VULNERABILITY)
                    .marking("HIGH_SEXUAL_ASSAULT_DISCLOSURE_WITHDRAWN"));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.HIGH);
            assertThat(outcome.ruleFired())
                    .isEqualTo("1 HIGH indicator: Sexual assault disclosure made and withdrawn");
            assertThat(outcome.counts()).isEqualTo(new CategoryCounts(23, 14, 26, 1));
        }

        @Test
        void below_threshold_indicators_are_reported_even_when_a_higher_level_is_suggested() {
            RiskOutcome outcome = assess(aFifteenYearOld()
                    .marking(3, LOW).marking(1, MEDIUM).marking("HIGH_MEETING_UNKNOWN_ADULTS"));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.HIGH);
            assertThat(outcome.belowThreshold()).hasSize(2)
                    .anySatisfy(line -> assertThat(line).startsWith("3 LOW indicators present below the threshold of 4"))
                    .anySatisfy(line -> assertThat(line).startsWith("1 MEDIUM indicator present below the threshold of 2"));
        }

        @Test
        void low_indicators_that_reach_their_threshold_are_not_reported_as_below_threshold_under_a_medium_level() {
            RiskOutcome outcome = assess(aFifteenYearOld().marking(5, LOW).marking(2, MEDIUM));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.MEDIUM);
            assertThat(outcome.counts().low()).isEqualTo(5);
            assertThat(outcome.belowThreshold()).isEmpty();
        }
    }

    @Nested
    class Vulnerabilities {

        @Test
        void vulnerabilities_never_count_towards_the_level() {
            RiskOutcome outcome = assess(aFifteenYearOld().marking(23, VULNERABILITY));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.NONE);
            assertThat(outcome.counts()).isEqualTo(new CategoryCounts(23, 0, 0, 0));
            assertThat(outcome.belowThreshold()).isEmpty();
        }

        @Test
        void the_under_13_vulnerability_is_derived_from_the_date_of_birth_and_counted() {
            RiskOutcome outcome = assess(aFifteenYearOld().bornOn(LocalDate.of(2014, 3, 2))
                    .marking("VULN_LOOKED_AFTER_CHILD"));

            assertThat(outcome.derivedCodes()).containsExactly("VULN_UNDER_13");
            assertThat(outcome.counts().vulnerability()).isEqualTo(2);
            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.NONE);
        }

        @Test
        void the_under_13_vulnerability_does_not_apply_from_the_13th_birthday() {
            RiskOutcome outcome = assess(aFifteenYearOld().bornOn(LocalDate.of(2012, 6, 10)));

            assertThat(outcome.derivedCodes()).isEmpty();
            assertThat(outcome.counts().vulnerability()).isZero();
        }

        @Test
        void the_under_13_vulnerability_cannot_be_marked_by_hand() {
            assertThatThrownBy(() -> assess(aFifteenYearOld().marking("VULN_UNDER_13")))
                    .isInstanceOf(DerivedIndicatorException.class)
                    .hasMessage("\"Under 13 years of age\" is worked out from the child's date of birth and the "
                            + "assessment date; it cannot be marked by hand.")
                    .satisfies(e -> assertThat(((DerivedIndicatorException) e).code()).isEqualTo("VULN_UNDER_13"));
        }

        @Test
        void previous_victim_of_cse_as_a_vulnerability_does_not_raise_the_level_but_as_a_high_indicator_it_does() {
            assertThat(assess(aFifteenYearOld().marking("VULN_PREVIOUS_VICTIM_OF_CSE")).suggestedLevel())
                    .isEqualTo(RiskLevel.NONE);
            assertThat(assess(aFifteenYearOld().marking("HIGH_PREVIOUS_VICTIM_OF_CSE")).suggestedLevel())
                    .isEqualTo(RiskLevel.HIGH);
        }
    }

    @Nested
    class Floor {

        @Test
        void four_low_indicators_for_a_child_the_day_before_the_13th_birthday_suggest_medium() {
            RiskOutcome outcome = assess(aFifteenYearOld().bornOn(LocalDate.of(2012, 6, 11)).marking(4, LOW));

            assertThat(outcome.levelBeforeFloor()).isEqualTo(RiskLevel.LOW);
            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.MEDIUM);
            assertThat(outcome.floorApplied()).isTrue();
            assertThat(outcome.floorConditions())
                    .containsExactly("the child is under 13 on the assessment date (born 2012-06-11)");
            assertThat(outcome.floorExplanation()).isEqualTo("No child under 13 or with learning difficulties can be "
                    + "categorised as low risk, so the suggested level is MEDIUM instead of LOW: the child is under 13 "
                    + "on the assessment date (born 2012-06-11).");
            assertThat(outcome.ruleFired()).startsWith("4 LOW indicators: ");
            assertThat(outcome.recommendedActions()).contains("Referral to the MASH");
        }

        @Test
        void four_low_indicators_on_the_13th_birthday_suggest_low() {
            RiskOutcome outcome = assess(aFifteenYearOld().bornOn(LocalDate.of(2012, 6, 10)).marking(4, LOW));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.LOW);
            assertThat(outcome.floorApplied()).isFalse();
            assertThat(outcome.floorConditions()).isEmpty();
            assertThat(outcome.floorExplanation()).isNull();
            assertThat(outcome.floorConditionsPresent()).isFalse();
        }

        @Test
        void four_low_indicators_the_day_after_the_13th_birthday_suggest_low() {
            RiskOutcome outcome = assess(aFifteenYearOld().bornOn(LocalDate.of(2012, 6, 9)).marking(4, LOW));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.LOW);
            assertThat(outcome.floorApplied()).isFalse();
        }

        @Test
        void a_child_born_on_29_february_is_still_under_13_on_28_february_of_the_13th_year() {
            RiskOutcome outcome = assess(aFifteenYearOld().bornOn(LocalDate.of(2012, 2, 29))
                    .assessedOn(LocalDate.of(2025, 2, 28)).marking(4, LOW));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.MEDIUM);
            assertThat(outcome.derivedCodes()).containsExactly("VULN_UNDER_13");
        }

        @Test
        void a_child_born_on_29_february_is_13_on_1_march_of_the_13th_year() {
            RiskOutcome outcome = assess(aFifteenYearOld().bornOn(LocalDate.of(2012, 2, 29))
                    .assessedOn(LocalDate.of(2025, 3, 1)).marking(4, LOW));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.LOW);
            assertThat(outcome.derivedCodes()).isEmpty();
        }

        @Test
        void four_low_indicators_for_a_child_with_a_learning_difficulty_suggest_medium() {
            RiskOutcome outcome = assess(aFifteenYearOld().withLearningDifficulty().marking(4, LOW));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.MEDIUM);
            assertThat(outcome.floorApplied()).isTrue();
            assertThat(outcome.floorConditions()).containsExactly("the child has a recorded learning difficulty");
            assertThat(outcome.floorExplanation()).endsWith("instead of LOW: the child has a recorded learning difficulty.");
        }

        @Test
        void the_floor_names_both_conditions_when_both_apply() {
            RiskOutcome outcome = assess(aFifteenYearOld().bornOn(LocalDate.of(2014, 3, 2)).withLearningDifficulty()
                    .marking(4, LOW));

            assertThat(outcome.floorConditions()).containsExactly(
                    "the child is under 13 on the assessment date (born 2014-03-02)",
                    "the child has a recorded learning difficulty");
            assertThat(outcome.floorExplanation()).endsWith("the child is under 13 on the assessment date "
                    + "(born 2014-03-02) and the child has a recorded learning difficulty.");
        }

        @Test
        void the_floor_leaves_none_as_none() {
            RiskOutcome outcome = assess(aFifteenYearOld().bornOn(LocalDate.of(2016, 1, 1)).withLearningDifficulty()
                    .marking(3, LOW));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.NONE);
            assertThat(outcome.floorApplied()).isFalse();
            assertThat(outcome.floorConditionsPresent()).isTrue();
            assertThat(outcome.belowThreshold()).hasSize(1);
        }

        @Test
        void the_floor_leaves_medium_unchanged() {
            RiskOutcome outcome = assess(aFifteenYearOld().withLearningDifficulty().marking(2, MEDIUM));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.MEDIUM);
            assertThat(outcome.levelBeforeFloor()).isEqualTo(RiskLevel.MEDIUM);
            assertThat(outcome.floorApplied()).isFalse();
            assertThat(outcome.floorExplanation()).isNull();
        }

        @Test
        void the_floor_leaves_high_unchanged() {
            RiskOutcome outcome = assess(aFifteenYearOld().bornOn(LocalDate.of(2015, 5, 5)).marking(1, HIGH));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.HIGH);
            assertThat(outcome.floorApplied()).isFalse();
            assertThat(outcome.floorConditionsPresent()).isTrue();
        }

        @Test
        void the_floor_does_not_apply_to_a_thirteen_year_old_without_a_learning_difficulty() {
            RiskOutcome outcome = assess(aFifteenYearOld().bornOn(LocalDate.of(2012, 1, 1)).marking(4, LOW));

            assertThat(outcome.floorConditionsPresent()).isFalse();
            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.LOW);
        }
    }

    @Nested
    class FloorWithIndicatorsBelowTheThresholds {

        @Test
        void a_twelve_year_old_with_sexual_activity_under_13_and_three_low_indicators_is_never_told_no_referral_is_required() {
            RiskOutcome outcome = assess(aFifteenYearOld().bornOn(LocalDate.of(2013, 1, 5))
                    .marking("MEDIUM_SEXUAL_ACTIVITY_UNDER_13").marking(3, LOW));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.NONE);
            assertThat(outcome.floorWithIndicators()).isTrue();
            assertThat(outcome.ruleFired()).isEqualTo("No threshold is met, but the child cannot be categorised as "
                    + "low risk (No child under 13 or with learning difficulties can be categorised as low risk) and "
                    + "indicators are present: professional judgement is required");
            assertThat(outcome.recommendedActions())
                    .isEqualTo(Pathways.nottinghamshire().floorResponse("COUNTY", Set.of()).actions())
                    .contains("The case can be discussed with the MASH")
                    .noneMatch(action -> action.startsWith("No CSE-specific referral"));
            assertThat(outcome.belowThreshold()).hasSize(2);
        }

        @Test
        void a_not_known_learning_difficulty_with_one_medium_indicator_gives_the_floor_response() {
            RiskOutcome outcome = assess(aFifteenYearOld().withLearningDifficultyNotKnown()
                    .marking("MEDIUM_MULTIPLE_OR_RECURRING_STIS").inArea("CITY"));

            assertThat(outcome.floorWithIndicators()).isTrue();
            assertThat(outcome.recommendedActions())
                    .contains("The case can be discussed with Children and Families Direct");
        }

        @Test
        void vulnerabilities_alone_do_not_make_floor_with_indicators() {
            RiskOutcome outcome = assess(aFifteenYearOld().bornOn(LocalDate.of(2014, 3, 2))
                    .marking("VULN_LOOKED_AFTER_CHILD"));

            assertThat(outcome.floorWithIndicators()).isFalse();
            assertThat(outcome.ruleFired())
                    .isEqualTo("No identified risk related to CSE — this does not mean there is no exploitation");
            assertThat(outcome.recommendedActions()).first().asString().startsWith("No CSE-specific referral");
        }

        @Test
        void a_fifteen_year_old_without_a_learning_difficulty_and_indicators_below_the_thresholds_is_not_under_the_floor() {
            RiskOutcome outcome = assess(aFifteenYearOld().marking("MEDIUM_SEXUALISED_RISK_TAKING").marking(3, LOW));

            assertThat(outcome.floorWithIndicators()).isFalse();
            assertThat(outcome.recommendedActions()).first().asString().startsWith("No CSE-specific referral");
        }

        @Test
        void a_threshold_that_is_met_is_no_floor_with_indicators() {
            RiskOutcome outcome = assess(aFifteenYearOld().bornOn(LocalDate.of(2014, 3, 2)).marking(2, MEDIUM));

            assertThat(outcome.floorWithIndicators()).isFalse();
            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.MEDIUM);
        }
    }

    @Nested
    class LearningDifficultyAnswer {

        @Test
        void a_learning_difficulty_that_is_not_known_applies_the_floor_and_the_outcome_says_so() {
            RiskOutcome outcome = assess(aFifteenYearOld().withLearningDifficultyNotKnown().marking(4, LOW));

            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.MEDIUM);
            assertThat(outcome.floorApplied()).isTrue();
            assertThat(outcome.learningDifficulty()).isEqualTo(Answer.NOT_KNOWN);
            assertThat(outcome.floorConditions()).containsExactly("whether the child has a learning difficulty is "
                    + "not known (the floor applies until it is known)");
            assertThat(outcome.floorExplanation()).contains("is not known");
        }

        @Test
        void a_learning_difficulty_answered_no_does_not_apply_the_floor() {
            RiskOutcome outcome = assess(aFifteenYearOld().marking(4, LOW));

            assertThat(outcome.learningDifficulty()).isEqualTo(Answer.NO);
            assertThat(outcome.floorConditionsPresent()).isFalse();
            assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.LOW);
        }

        @Test
        void social_or_learning_difficulties_ticked_while_the_answer_is_no_or_not_known_asks_for_confirmation() {
            assertThat(assess(aFifteenYearOld().marking("VULN_SOCIAL_OR_LEARNING_DIFFICULTIES"))
                    .learningDifficultyToConfirm()).isTrue();
            assertThat(assess(aFifteenYearOld().withLearningDifficultyNotKnown()
                    .marking("VULN_SOCIAL_OR_LEARNING_DIFFICULTIES")).learningDifficultyToConfirm()).isTrue();
            assertThat(assess(aFifteenYearOld().withLearningDifficulty()
                    .marking("VULN_SOCIAL_OR_LEARNING_DIFFICULTIES")).learningDifficultyToConfirm()).isFalse();
            assertThat(assess(aFifteenYearOld().marking("VULN_LOW_SELF_ESTEEM")).learningDifficultyToConfirm())
                    .isFalse();
        }
    }

    @Nested
    class RequiredResponse {

        @Test
        void the_required_response_follows_an_assessed_level_above_the_suggestion() {
            RiskOutcome none = assess(aFifteenYearOld().marking(1, LOW));

            assertThat(none.responseLevel(RiskLevel.HIGH)).isEqualTo(RiskLevel.HIGH);
            assertThat(none.recommendedActionsFor(RiskLevel.HIGH))
                    .containsExactly("Immediate referral to MASH", "A CSE strategy meeting should be held");
            assertThat(none.recommendedActionsFor(RiskLevel.LOW)).first().isEqualTo("Referral to the Family Service");
        }

        @Test
        void an_assessed_level_below_the_suggestion_never_lowers_the_required_response() {
            RiskOutcome high = assess(aFifteenYearOld().marking(1, HIGH));

            assertThat(high.responseLevel(RiskLevel.MEDIUM)).isEqualTo(RiskLevel.HIGH);
            assertThat(high.recommendedActionsFor(RiskLevel.NONE)).isEqualTo(high.recommendedActions());
            assertThat(high.responseLevel(null)).isEqualTo(RiskLevel.HIGH);
        }

        @Test
        void the_guidance_about_children_exploited_previously_appears_only_when_previous_victim_is_ticked() {
            String knownVictim = "If the child was a known victim of child sexual exploitation previously";
            RiskOutcome withoutIt = assess(aFifteenYearOld().marking(4, LOW));
            RiskOutcome asVulnerability = assess(aFifteenYearOld().marking(4, LOW)
                    .marking("VULN_PREVIOUS_VICTIM_OF_CSE"));
            RiskOutcome asHighIndicator = assess(aFifteenYearOld().marking("HIGH_PREVIOUS_VICTIM_OF_CSE"));

            assertThat(withoutIt.recommendedActions()).noneMatch(a -> a.startsWith(knownVictim));
            assertThat(asVulnerability.recommendedActions()).anyMatch(a -> a.startsWith(knownVictim));
            assertThat(asHighIndicator.recommendedActionsFor(RiskLevel.HIGH)).noneMatch(a -> a.startsWith(knownVictim));
            assertThat(asHighIndicator.responses().get(RiskLevel.LOW)).anyMatch(a -> a.startsWith(knownVictim));
            assertThat(withoutIt.responses().get(RiskLevel.MEDIUM))
                    .noneMatch(a -> a.startsWith("When the child has been sexually exploited previously"));
        }
    }

    @Nested
    class Pathway {

        @Test
        void the_recommended_actions_are_the_area_pathway_for_the_suggested_level() {
            RiskOutcome county = assess(aFifteenYearOld().marking(1, HIGH));
            RiskOutcome city = assess(aFifteenYearOld().marking(1, HIGH).inArea("CITY"));

            assertThat(county.recommendedActions())
                    .containsExactly("Immediate referral to MASH", "A CSE strategy meeting should be held");
            assertThat(city.recommendedActions()).containsExactly("Immediate referral to Children and Families Direct",
                    "A CSE strategy meeting should be held");
        }

        @Test
        void the_outcome_carries_the_area_standing_notes() {
            RiskOutcome outcome = assess(aFifteenYearOld().inArea("CITY"));

            assertThat(outcome.standingNotes()).isEqualTo(Pathways.nottinghamshire().standingNotes("CITY"));
            assertThat(outcome.recommendedActions()).isEqualTo(
                    Pathways.nottinghamshire().responseFor("CITY", RiskLevel.NONE).actions());
        }
    }

    @Nested
    class InvalidFacts {

        @Test
        void an_unknown_code_is_rejected() {
            assertThatThrownBy(() -> assess(aFifteenYearOld().marking("LOW_MOOD_SWINGS", "LOW_NOT_ON_THE_FORM")))
                    .isInstanceOf(UnknownIndicatorException.class)
                    .satisfies(e -> assertThat(((UnknownIndicatorException) e).code()).isEqualTo("LOW_NOT_ON_THE_FORM"));
        }

        @Test
        void an_unknown_catalogue_version_is_rejected() {
            assertThatThrownBy(() -> assess(aFifteenYearOld().withCatalogueVersion("notts-cse-1999-01")))
                    .isInstanceOf(UnknownCatalogueVersionException.class);
        }

        @Test
        void an_unknown_area_is_rejected() {
            assertThatThrownBy(() -> assess(aFifteenYearOld().inArea("ELSEWHERE")))
                    .isInstanceOf(UnknownAreaException.class)
                    .hasMessageContaining("'ELSEWHERE'")
                    .hasMessageContaining("COUNTY, CITY");
        }

        @Test
        void a_date_of_birth_after_the_assessment_date_is_rejected() {
            assertThatThrownBy(() -> aFifteenYearOld().bornOn(LocalDate.of(2025, 6, 11)).build())
                    .isInstanceOf(RiskModelException.class)
                    .hasMessage("The date of birth (2025-06-11) is after the assessment date (2025-06-10); "
                            + "please check both dates.");
        }

        @Test
        void a_child_born_on_the_assessment_date_is_accepted() {
            RiskOutcome outcome = assess(aFifteenYearOld().bornOn(TestFacts.ASSESSED_ON));

            assertThat(outcome.derivedCodes()).containsExactly("VULN_UNDER_13");
        }

        @Test
        void missing_facts_are_rejected_with_a_sentence() {
            assertThatThrownBy(() -> new AssessmentFacts("notts-cse-2017-02", Set.of(), null, false,
                    TestFacts.ASSESSED_ON, "COUNTY"))
                    .isInstanceOf(RiskModelException.class)
                    .hasMessage("The assessment needs the child's date of birth.");
            assertThatThrownBy(() -> new AssessmentFacts("notts-cse-2017-02", null, TestFacts.BORN_15_YEARS_BEFORE,
                    false, TestFacts.ASSESSED_ON, "COUNTY"))
                    .isInstanceOf(RiskModelException.class);
        }
    }
}
