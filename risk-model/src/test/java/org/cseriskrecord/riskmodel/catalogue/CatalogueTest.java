package org.cseriskrecord.riskmodel.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;

import org.cseriskrecord.riskmodel.RiskModelException;
import org.cseriskrecord.riskmodel.UnknownCatalogueVersionException;
import org.cseriskrecord.riskmodel.UnknownIndicatorException;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private final Catalogue catalogue = Catalogues.current();

    @Test
    void the_current_catalogue_is_the_nottinghamshire_february_2017_tool() {
        assertThat(catalogue.version()).isEqualTo("notts-cse-2017-02");
        assertThat(catalogue.title()).isEqualTo(
                "Nottinghamshire / Nottingham City Multi-Agency CSE Risk Assessment Tool (February 2017)");
        assertThat(Catalogues.byVersion("notts-cse-2017-02")).isSameAs(catalogue);
        assertThat(Catalogues.all()).containsExactly(catalogue);
    }

    @Test
    void previous_victim_of_cse_is_both_a_vulnerability_and_a_high_indicator() {
        assertThat(catalogue.require("VULN_PREVIOUS_VICTIM_OF_CSE"))
                .isEqualTo(new CatalogueItem("VULN_PREVIOUS_VICTIM_OF_CSE", Category.VULNERABILITY,
                        "Previous victim of CSE (include any sibling concerns)", false));
        assertThat(catalogue.require("HIGH_PREVIOUS_VICTIM_OF_CSE"))
                .isEqualTo(new CatalogueItem("HIGH_PREVIOUS_VICTIM_OF_CSE", Category.HIGH,
                        "Previous victim of CSE", false));
    }

    @Test
    void the_two_previous_victim_of_cse_items_say_in_their_guidance_how_they_differ() {
        assertThat(catalogue.guidance("VULN_PREVIOUS_VICTIM_OF_CSE")).get().asString()
                .startsWith("A vulnerability: the child, or a sibling, was sexually exploited in the past")
                .contains("mark the HIGH indicator “Previous victim of CSE” as well");
        assertThat(catalogue.guidance("HIGH_PREVIOUS_VICTIM_OF_CSE")).get().asString()
                .startsWith("A serious (HIGH) indicator: on its own it suggests HIGH risk")
                .contains("no current concerns is recorded with the vulnerability");
        assertThat(catalogue.tags("VULN_PREVIOUS_VICTIM_OF_CSE")).containsExactly(CatalogueTags.PREVIOUS_VICTIM);
        assertThat(catalogue.tags("HIGH_PREVIOUS_VICTIM_OF_CSE")).containsExactly(CatalogueTags.PREVIOUS_VICTIM);
    }

    @Test
    void social_or_learning_difficulties_is_the_item_tagged_learning_difficulty() {
        assertThat(catalogue.items()).filteredOn(i -> catalogue.tags(i.code())
                        .contains(CatalogueTags.LEARNING_DIFFICULTY))
                .extracting(CatalogueItem::code).containsExactly("VULN_SOCIAL_OR_LEARNING_DIFFICULTIES");
        assertThat(catalogue.guidance("LOW_MOOD_SWINGS")).isEmpty();
        assertThat(catalogue.tagsOf(java.util.List.of("LOW_MOOD_SWINGS", "HIGH_PREVIOUS_VICTIM_OF_CSE")))
                .containsExactly(CatalogueTags.PREVIOUS_VICTIM);
    }

    @Test
    void under_13_years_of_age_is_the_only_derived_item() {
        assertThat(catalogue.items()).filteredOn(CatalogueItem::derived)
                .containsExactly(new CatalogueItem("VULN_UNDER_13", Category.VULNERABILITY, "Under 13 years of age", true));
        assertThat(catalogue.derivations()).containsExactly(new Derivation("VULN_UNDER_13", 13));
        assertThat(catalogue.markableItems()).hasSize(80).noneMatch(CatalogueItem::derived);
    }

    @Test
    void codes_are_upper_snake_case_unique_and_prefixed_by_their_category() {
        Pattern upperSnake = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
        assertThat(catalogue.items()).allSatisfy(item -> {
            assertThat(item.code()).matches(upperSnake);
            assertThat(item.code()).startsWith(item.category().codePrefix());
        });
        assertThat(catalogue.items()).extracting(CatalogueItem::code).doesNotHaveDuplicates();
        assertThat(catalogue.items()).extracting(CatalogueItem::code)
                .contains("HIGH_MEETING_UNKNOWN_ADULTS", "VULN_UNDER_13", "VULN_PREVIOUS_VICTIM_OF_CSE");
    }

    @Test
    void items_are_listed_section_by_section_in_form_order() {
        assertThat(catalogue.items()).extracting(CatalogueItem::category)
                .isSortedAccordingTo(Enum::compareTo);
        assertThat(catalogue.items().get(0).label()).isEqualTo("Lives in a chaotic or dysfunctional family");
        assertThat(catalogue.items(Category.HIGH).get(16).label()).isEqualTo("Sexual assault disclosure made and withdrawn");
    }

    @Test
    void only_vulnerabilities_do_not_count_towards_the_level() {
        assertThat(Category.VULNERABILITY.countsTowardsLevel()).isFalse();
        assertThat(Category.LOW.countsTowardsLevel()).isTrue();
        assertThat(Category.MEDIUM.countsTowardsLevel()).isTrue();
        assertThat(Category.HIGH.countsTowardsLevel()).isTrue();
    }

    @Test
    void an_unknown_code_is_rejected_with_the_code_and_a_readable_sentence() {
        assertThat(catalogue.item("HIGH_NOT_ON_THE_FORM")).isEmpty();
        assertThatThrownBy(() -> catalogue.require("HIGH_NOT_ON_THE_FORM"))
                .isInstanceOf(UnknownIndicatorException.class)
                .isInstanceOf(RiskModelException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'HIGH_NOT_ON_THE_FORM' is not part of the form")
                .satisfies(e -> assertThat(((UnknownIndicatorException) e).code()).isEqualTo("HIGH_NOT_ON_THE_FORM"));
    }

    @Test
    void an_unknown_catalogue_version_is_rejected() {
        assertThatThrownBy(() -> Catalogues.byVersion("notts-cse-2099-01"))
                .isInstanceOf(UnknownCatalogueVersionException.class)
                .hasMessageContaining("'notts-cse-2099-01'")
                .hasMessageContaining("notts-cse-2017-02");
    }

    @Test
    void the_catalogue_lists_are_immutable() {
        assertThatThrownBy(() -> catalogue.items().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalogue.items(Category.LOW).clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
