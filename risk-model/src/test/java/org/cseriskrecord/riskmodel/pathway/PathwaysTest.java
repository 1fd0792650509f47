package org.cseriskrecord.riskmodel.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cseriskrecord.riskmodel.InvalidConfigurationException;
import org.cseriskrecord.riskmodel.SeedForm;
import org.cseriskrecord.riskmodel.UnknownAreaException;
import org.cseriskrecord.riskmodel.rules.AssessmentFacts;
import org.cseriskrecord.riskmodel.rules.RiskAssessor;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.cseriskrecord.riskmodel.rules.RiskOutcome;
import org.junit.jupiter.api.Test;

class PathwaysTest {

    private final Pathways pathways = Pathways.nottinghamshire();

    @Test
    void nottinghamshire_has_the_county_and_the_city() {
        assertThat(pathways.areas()).containsExactly("COUNTY", "CITY");
        assertThat(pathways.hasArea("COUNTY")).isTrue();
        assertThat(pathways.hasArea("county")).isFalse();
    }

    @Test
    void low_risk_means_a_referral_to_the_family_service_in_the_county_and_awareness_work() {
        assertThat(pathways.responseFor("COUNTY", RiskLevel.LOW).actions()).startsWith(
                "Referral to the Family Service",
                "The child may require services to increase awareness of sexual exploitation, healthy relationships "
                        + "and staying safe");
    }

    @Test
    void low_risk_means_a_referral_to_children_and_families_direct_in_the_city_and_awareness_work() {
        RequiredResponse response = pathways.responseFor("CITY", RiskLevel.LOW);

        assertThat(response).extracting(RequiredResponse::area, RequiredResponse::level)
                .containsExactly("CITY", RiskLevel.LOW);
        assertThat(response.actions()).startsWith("Referral to Children and Families Direct",
                "The child may require services to increase awareness of sexual exploitation, healthy relationships "
                        + "and staying safe");
    }

    @Test
    void medium_risk_means_a_referral_and_consideration_of_a_multi_agency_cse_strategy_meeting() {
        assertThat(pathways.responseFor("COUNTY", RiskLevel.MEDIUM).actions())
                .startsWith("Referral to the MASH", "Consideration of a Multi-Agency CSE strategy meeting");
        assertThat(pathways.responseFor("CITY", RiskLevel.MEDIUM).actions())
                .startsWith("Referral to Children and Families Direct",
                        "Consideration of a Multi-Agency CSE strategy meeting");
    }

    @Test
    void high_risk_means_an_immediate_referral_and_a_cse_strategy_meeting() {
        assertThat(pathways.responseFor("COUNTY", RiskLevel.HIGH).actions())
                .containsExactly("Immediate referral to MASH", "A CSE strategy meeting should be held");
        assertThat(pathways.responseFor("CITY", RiskLevel.HIGH).actions())
                .containsExactly("Immediate referral to Children and Families Direct",
                        "A CSE strategy meeting should be held");
    }

    @Test
    void no_identified_risk_means_no_cse_specific_referral_and_other_services_for_other_needs() {
        for (String area : List.of("COUNTY", "CITY")) {
            assertThat(pathways.responseFor(area, RiskLevel.NONE).actions()).containsExactly(
                    "No CSE-specific referral is required: no risk indicates no identified risk related to CSE, "
                            + "it does not mean that there is no exploitation",
                    "Unmet needs or risk which are not linked to CSE can be addressed through other assessments "
                            + "or services");
        }
    }

    @Test
    void each_area_has_the_seed_standing_notes() {
        assertThat(pathways.standingNotes("COUNTY")).containsExactly(
                "For ALL agencies other than children’s social care this form does not replace a referral.",
                "If a low risk outcome occurs but professional judgement suggests a higher level of risk, the case "
                        + "can still be discussed with the MASH.",
                "Risk assessment tools will not be fully considered without your manager’s oversight/authorisation.");
        assertThat(pathways.standingNotes("CITY")).containsExactly(
                "For ALL agencies other than children’s social care this form does not replace a referral.",
                "If a low risk outcome occurs but professional judgement suggests a higher level of risk, the case "
                        + "can still be discussed with Children and Families Direct.",
                "Risk assessment tools will not be fully considered without your manager’s oversight/authorisation.");
    }

    @Test
    void the_services_and_seed_sentences_are_worded_as_in_the_seed() {
        // the copy of the seed in the test resources holds only the indicator tables, not this text
        assumeTrue(SeedForm.fullSeed().isPresent(), "the seed form is not next to the repository");
        String seed = SeedForm.text();
        assertThat(seed).contains(
                "referral to the Family Service (County) or Children and Families Direct (City)",
                "services to increase awareness of sexual exploitation, healthy relationships and staying safe",
                "referral to the MASH (County) or Children and Families Direct (City) and consideration of a "
                        + "Multi-Agency CSE strategy meeting",
                "immediate referral to MASH (County) or Children and Families Direct (City) and a CSE strategy "
                        + "meeting should be held",
                "Unmet needs or risk which are not linked to CSE can be addressed through other assessments or services",
                "For ALL agencies other than children’s social care this form does not replace a referral.");
    }

    @Test
    void the_configuration_holds_no_email_address_or_person_name_from_the_seed() {
        for (String area : pathways.areas()) {
            List<String> text = new ArrayList<>(pathways.configuredText(area));
            for (RiskLevel level : RiskLevel.values()) {
                text.addAll(pathways.responseFor(area, level).actions());
            }
            assertThat(text).noneMatch(line -> line.contains("@"))
                    .noneMatch(line -> line.toLowerCase().contains("osborne"))
                    .noneMatch(line -> line.toLowerCase().contains("hailwood"));
        }
    }

    @Test
    void an_unknown_area_is_rejected() {
        assertThatThrownBy(() -> pathways.responseFor("NORTH", RiskLevel.LOW))
                .isInstanceOf(UnknownAreaException.class)
                .hasMessage("No referral pathway is configured for the area 'NORTH' (configured areas: COUNTY, CITY).")
                .satisfies(e -> assertThat(((UnknownAreaException) e).area()).isEqualTo("NORTH"));
        assertThatThrownBy(() -> pathways.standingNotes("NORTH")).isInstanceOf(UnknownAreaException.class);
    }

    @Test
    void a_second_partnership_configures_its_own_areas_and_services_without_code_changes() {
        Pathways northSouth = Pathways.load(resource("north-south.txt"));

        assertThat(northSouth.areas()).containsExactly("NORTH", "SOUTH");
        assertThat(northSouth.responseFor("NORTH", RiskLevel.HIGH).actions()).containsExactly(
                "Same-day referral to the North Front Door", "Exploitation strategy meeting within 3 working days");
        assertThat(northSouth.responseFor("SOUTH", RiskLevel.LOW).actions())
                .containsExactly("Referral to South Family Support");
        assertThat(northSouth.standingNotes("NORTH"))
                .containsExactly("North: share this assessment with the North Front Door.");
        assertThat(northSouth.standingNotes("SOUTH")).isEmpty();
        assertThat(northSouth.hasArea("COUNTY")).isFalse();
    }

    @Test
    void the_assessor_uses_the_second_partnership_pathways() {
        RiskAssessor assessor = new RiskAssessor(Pathways.load(resource("north-south.txt")));

        RiskOutcome outcome = assessor.assess(new AssessmentFacts("notts-cse-2017-02",
                Set.of("MEDIUM_POOR_SELF_IMAGE", "MEDIUM_MULTIPLE_CALLERS_TO_ADDRESS"), LocalDate.of(2010, 1, 1),
                false, LocalDate.of(2025, 1, 1), "SOUTH"));

        assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(outcome.recommendedActions()).containsExactly("Referral to the South Safeguarding Hub");
        assertThat(outcome.standingNotes()).isEmpty();
    }

    @Test
    void a_configuration_missing_a_level_is_rejected() {
        assertThatThrownBy(() -> Pathways.load(new StringReader("[EAST]\nNONE = a\nLOW = b\nHIGH = c\n")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("area EAST has no action for level MEDIUM");
    }

    @Test
    void a_configuration_with_an_unknown_key_is_rejected_with_its_line() {
        assertThatThrownBy(() -> Pathways.load(new StringReader("# x\n[EAST]\nURGENT = now\n")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("unknown key 'URGENT'");
    }

    @Test
    void a_configuration_without_areas_is_rejected() {
        assertThatThrownBy(() -> Pathways.load(new StringReader("# nothing\n")))
                .isInstanceOf(InvalidConfigurationException.class);
        assertThatThrownBy(() -> Pathways.load(new StringReader("LOW = orphan\n")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("start an area");
    }

    @Test
    void an_area_configured_twice_is_rejected() {
        String area = "[EAST]\nNONE = a\nLOW = b\nMEDIUM = c\nHIGH = d\n";
        assertThatThrownBy(() -> Pathways.load(new StringReader(area + area)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("configured twice");
    }

    @Test
    void the_guidance_about_children_exploited_previously_is_an_action_only_when_previous_victim_is_marked() {
        String knownVictim = "If the child was a known victim of child sexual exploitation previously, and there are "
                + "no current concerns in relation to risk of CSE, they can be assessed as low risk and referred to a "
                + "specialist service to increase awareness if required";

        assertThat(pathways.responseFor("COUNTY", RiskLevel.LOW).actions()).doesNotContain(knownVictim);
        assertThat(pathways.responseFor("COUNTY", RiskLevel.LOW, Set.of("previous-victim")).actions())
                .endsWith(knownVictim);
        assertThat(pathways.responseFor("CITY", RiskLevel.MEDIUM, Set.of("previous-victim")).actions())
                .anySatisfy(a -> assertThat(a).startsWith("When the child has been sexually exploited previously"));
        assertThat(pathways.responseFor("CITY", RiskLevel.MEDIUM, Set.of("learning-difficulty")).actions())
                .noneSatisfy(a -> assertThat(a).startsWith("When the child has been sexually exploited previously"));
    }

    @Test
    void the_floor_response_says_the_child_cannot_be_categorised_as_low_risk_and_where_to_discuss_the_case() {
        assertThat(pathways.floorResponse("COUNTY", Set.of()).actions()).containsExactly(
                "No child under 13 or with learning difficulties can be categorised as low risk: indicators are "
                        + "present below the thresholds, so professional judgement is required to decide the level "
                        + "of risk and the response",
                "The case can be discussed with the MASH");
        assertThat(pathways.floorResponse("CITY", Set.of()).actions())
                .contains("The case can be discussed with Children and Families Direct")
                .noneMatch(a -> a.startsWith("No CSE-specific referral"));
    }

    @Test
    void an_area_without_floor_actions_gets_the_general_floor_response() {
        Pathways northSouth = Pathways.load(resource("north-south.txt"));

        assertThat(northSouth.floorResponse("SOUTH", Set.of()).actions())
                .isEqualTo(Pathways.GENERAL_FLOOR_RESPONSE);
    }

    @Test
    void a_malformed_condition_is_rejected_with_its_line() {
        assertThatThrownBy(() -> Pathways.load(new StringReader(
                "[EAST]\nNONE = a\nLOW = b\nLOW when previous-victim = c\nMEDIUM = d\nHIGH = e\n")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("'if tag'");
    }

    @Test
    void a_level_whose_only_action_is_conditional_is_rejected() {
        assertThatThrownBy(() -> Pathways.load(new StringReader(
                "[EAST]\nNONE = a\nLOW if previous-victim = b\nMEDIUM = d\nHIGH = e\n")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("area EAST has no action for level LOW");
    }

    private static Reader resource(String name) {
        InputStream in = PathwaysTest.class.getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing test resource " + name));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
