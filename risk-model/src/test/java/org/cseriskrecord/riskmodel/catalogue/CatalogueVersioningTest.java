package org.cseriskrecord.riskmodel.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Set;

import org.cseriskrecord.riskmodel.InvalidConfigurationException;
import org.cseriskrecord.riskmodel.UnknownIndicatorException;
import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.cseriskrecord.riskmodel.rules.AssessmentFacts;
import org.cseriskrecord.riskmodel.rules.RiskAssessor;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.cseriskrecord.riskmodel.rules.RiskOutcome;
import org.junit.jupiter.api.Test;

/** A later catalogue is data: a file listed in an index, used by the same rule code. */
class CatalogueVersioningTest {

    private static final CatalogueSet WITH_A_2024_FORM =
            CatalogueSet.fromIndex("/org/cseriskrecord/riskmodel/testcatalogues/index.txt");
    private final RiskAssessor assessor = new RiskAssessor(Pathways.nottinghamshire(), WITH_A_2024_FORM);

    @Test
    void a_second_catalogue_version_is_added_by_listing_its_file_in_an_index() {
        assertThat(WITH_A_2024_FORM.all()).extracting(Catalogue::version)
                .containsExactly("notts-cse-2017-02", "example-ce-2024");
        assertThat(WITH_A_2024_FORM.current().version()).isEqualTo("example-ce-2024");
        assertThat(WITH_A_2024_FORM.byVersion("notts-cse-2017-02").items()).hasSize(81);
    }

    @Test
    void the_same_rules_assess_with_the_second_catalogue_and_its_own_derived_item() {
        RiskOutcome outcome = assessor.assess(new AssessmentFacts("example-ce-2024",
                Set.of("HIGH_CARRYING_DRUGS", "VULN_EXCLUDED_FROM_SCHOOL"), LocalDate.of(2011, 7, 1), false,
                LocalDate.of(2025, 6, 30), "CITY"));

        assertThat(outcome.catalogueVersion()).isEqualTo("example-ce-2024");
        assertThat(outcome.suggestedLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(outcome.ruleFired()).isEqualTo("1 HIGH indicator: Found carrying drugs for others");
        assertThat(outcome.derivedCodes()).containsExactly("VULN_UNDER_14");
        assertThat(outcome.counts().vulnerability()).isEqualTo(2);
    }

    @Test
    void an_assessment_keeps_the_catalogue_version_it_was_made_with() {
        RiskOutcome outcome = assessor.assess(new AssessmentFacts("notts-cse-2017-02",
                Set.of("HIGH_MEETING_UNKNOWN_ADULTS"), LocalDate.of(2009, 1, 1), false, LocalDate.of(2025, 6, 30),
                "COUNTY"));

        assertThat(outcome.catalogueVersion()).isEqualTo("notts-cse-2017-02");
        assertThat(outcome.ruleFired()).isEqualTo("1 HIGH indicator: Meeting unknown adults");
    }

    @Test
    void a_code_of_one_version_is_unknown_in_another() {
        assertThatThrownBy(() -> assessor.assess(new AssessmentFacts("example-ce-2024",
                Set.of("HIGH_MEETING_UNKNOWN_ADULTS"), LocalDate.of(2009, 1, 1), false, LocalDate.of(2025, 6, 30),
                "COUNTY")))
                .isInstanceOf(UnknownIndicatorException.class);
    }

    @Test
    void a_catalogue_file_without_a_version_is_rejected_with_its_line() {
        assertThatThrownBy(() -> Catalogue.parse(new StringReader("title\tX\ncode\tcategory\tlabel\tderived\n"
                + "LOW_A\tLOW\tA\t\n"), "broken.tsv"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("broken.tsv")
                .hasMessageContaining("'version' and 'title'");
    }

    @Test
    void a_catalogue_code_with_the_wrong_category_prefix_is_rejected() {
        assertThatThrownBy(() -> Catalogue.parse(new StringReader("version\tx-1\ntitle\tX\n"
                + "code\tcategory\tlabel\tderived\nLOW_A\tHIGH\tA\n"), "broken.tsv"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("broken.tsv line 4")
                .hasMessageContaining("must start with HIGH_");
    }

    @Test
    void an_unknown_derivation_is_rejected() {
        assertThatThrownBy(() -> Catalogue.parse(new StringReader("version\tx-1\ntitle\tX\n"
                + "code\tcategory\tlabel\tderived\nVULN_A\tVULNERABILITY\tA\tderived:moon-phase\n"), "broken.tsv"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("unknown derivation");
    }

    @Test
    void a_duplicated_code_is_rejected() {
        assertThatThrownBy(() -> Catalogue.parse(new StringReader("version\tx-1\ntitle\tX\n"
                + "code\tcategory\tlabel\tderived\nLOW_A\tLOW\tA\nLOW_A\tLOW\tB\n"), "broken.tsv"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("LOW_A twice");
    }

    @Test
    void labels_are_read_verbatim_with_only_surrounding_whitespace_removed() {
        Catalogue parsed = Catalogue.parse(new StringReader("version\tx-1\ntitle\tX\n"
                + "code\tcategory\tlabel\tderived\nMEDIUM_A\tMEDIUM\t  Missing or absent  from home  \n"), "ok.tsv");

        assertThat(parsed.require("MEDIUM_A").label()).isEqualTo("Missing or absent  from home");
    }

    @Test
    void a_catalogue_file_gives_items_tags_and_guidance() {
        Catalogue parsed = Catalogue.parse(new StringReader("version\tx-1\ntitle\tX\n"
                + "code\tcategory\tlabel\tderived\ttags\tguidance\n"
                + "HIGH_A\tHIGH\tA\t\tprevious-victim, other-tag\tUse it when A is current.\n"
                + "LOW_B\tLOW\tB\t\n"), "ok.tsv");

        assertThat(parsed.tags("HIGH_A")).containsExactlyInAnyOrder("previous-victim", "other-tag");
        assertThat(parsed.guidance("HIGH_A")).contains("Use it when A is current.");
        assertThat(parsed.tags("LOW_B")).isEmpty();
        assertThat(parsed.guidance("LOW_B")).isEmpty();
    }

    @Test
    void a_malformed_tag_is_rejected_naming_the_file() {
        assertThatThrownBy(() -> Catalogue.parse(new StringReader("version\tx-1\ntitle\tX\n"
                + "code\tcategory\tlabel\tderived\ttags\nLOW_A\tLOW\tA\t\tPrevious Victim\n"), "broken.tsv"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("broken.tsv")
                .hasMessageContaining("'Previous Victim'");
    }
}
