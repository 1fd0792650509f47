package org.cseriskrecord.riskmodel.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cseriskrecord.riskmodel.SeedForm;
import org.cseriskrecord.riskmodel.SeedForm.PrintedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalogue against the seed form's text: labels verbatim, nothing missing, nothing added, same order. */
class SeedConformanceTest {

    /** Items printed without a tick box, which are items all the same. */
    private static final List<PrintedItem> PRINTED_WITHOUT_TICK_BOX = List.of(
            new PrintedItem(-1, "History of physical abuse, emotional abuse or neglect", Category.VULNERABILITY, false),
            new PrintedItem(-1, "Mental health problems", Category.VULNERABILITY, false),
            new PrintedItem(-1, "Chronic alcohol or drug misuse", Category.HIGH, false));

    private final Catalogue catalogue = Catalogues.byVersion("notts-cse-2017-02");
    private final List<String> sectionLines = SeedForm.sectionLines();

    @Test
    void every_catalogue_label_is_printed_verbatim_as_a_line_of_the_seed() {
        Set<String> seedLines = SeedForm.text().lines().map(String::strip).collect(Collectors.toSet());

        assertThat(catalogue.items())
                .allSatisfy(item -> assertThat(seedLines)
                        .as("label of %s", item.code())
                        .contains(item.label()));
    }

    @Test
    void labels_keep_the_seed_spacing_and_punctuation() {
        String seed = SeedForm.text();

        assertThat(catalogue.require("MEDIUM_MISSING_FROM_HOME_OR_CARE").label())
                .isEqualTo("Missing or absent  from home or care");
        assertThat(catalogue.require("HIGH_LINKED_TO_CSE_HOTSPOTS").label())
                .isEqualTo("Linked to CSE  hotspot areas i.e. taxi ranks, bus stations, off licences and takeaways etc.");
        assertThat(catalogue.require("HIGH_RELIABLE_INFORMATION_OF_LINKS").label())
                .isEqualTo("Information from reliable sources , of direct links to sexual exploitation");
        assertThat(catalogue.require("MEDIUM_CLIPPING").label())
                .isEqualTo("Clipping \u2013 offering sex for money with intention to rob and run away");
        assertThat(catalogue.require("LOW_ABSENT_FROM_SCHOOL").label()).isEqualTo("Absent/truanting from school");
        assertThat(seed).contains("Missing or absent  from home or care", "Linked to CSE  hotspot areas",
                "Absent/truanting from school ");
    }

    @Test
    void every_line_with_a_tick_box_in_the_four_sections_is_in_the_catalogue_with_its_category() {
        List<PrintedItem> printed = SeedForm.tickBoxItems(sectionLines);

        assertThat(printed).hasSize(81 - PRINTED_WITHOUT_TICK_BOX.size());
        assertThat(printed).allSatisfy(item -> assertThat(catalogue.items())
                .as("tick-box line %s (%s)", item.label(), item.category())
                .anySatisfy(c -> {
                    assertThat(c.label()).isEqualTo(item.label());
                    assertThat(c.category()).isEqualTo(item.category());
                }));
    }

    @Test
    void the_items_printed_without_a_tick_box_are_in_the_seed_and_in_the_catalogue() {
        for (PrintedItem item : PRINTED_WITHOUT_TICK_BOX) {
            int line = SeedForm.lineOf(sectionLines, item.label());
            assertThat(line).as("%s is printed in the tables", item.label()).isNotNegative();
            assertThat(sectionLines.get(line + 1).strip()).as("no tick box after %s", item.label()).isEmpty();
            assertThat(catalogue.items(item.category())).extracting(CatalogueItem::label).contains(item.label());
        }
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void each_category_lists_exactly_the_seed_items_in_the_printed_order(Category category) {
        List<PrintedItem> expected = new ArrayList<>(SeedForm.tickBoxItems(sectionLines));
        for (PrintedItem item : PRINTED_WITHOUT_TICK_BOX) {
            expected.add(new PrintedItem(SeedForm.lineOf(sectionLines, item.label()), item.label(), item.category(),
                    false));
        }
        List<String> expectedLabels = expected.stream()
                .filter(item -> item.category() == category)
                .sorted(Comparator.comparingInt(PrintedItem::line))
                .map(PrintedItem::label)
                .toList();

        assertThat(catalogue.items(category)).extracting(CatalogueItem::label).containsExactlyElementsOf(expectedLabels);
    }

    @Test
    void the_catalogue_has_24_vulnerabilities_14_low_26_medium_and_17_high_items() {
        assertThat(catalogue.items(Category.VULNERABILITY)).hasSize(24);
        assertThat(catalogue.items(Category.LOW)).hasSize(14);
        assertThat(catalogue.items(Category.MEDIUM)).hasSize(26);
        assertThat(catalogue.items(Category.HIGH)).hasSize(17);
        assertThat(catalogue.items()).hasSize(81);
    }

    @Test
    void the_copy_of_the_indicator_tables_in_the_test_resources_is_identical_to_the_seed() {
        Optional<Path> seed = SeedForm.fullSeed();
        assumeTrue(seed.isPresent(), "the seed form is not next to the repository; only the copy is checked");

        assertThat(SeedForm.sections(SeedForm.sectionsCopy()))
                .containsExactlyElementsOf(SeedForm.sections(SeedForm.text()));
        assertThat(Files.isRegularFile(seed.get())).isTrue();
    }
}
