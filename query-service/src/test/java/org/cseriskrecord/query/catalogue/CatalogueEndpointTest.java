package org.cseriskrecord.query.catalogue;

import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueEndpointTest extends QueryServiceIntegrationTest {

    @Test
    void the_current_catalogue_lists_every_item_with_its_verbatim_label() {
        var current = Catalogues.current();
        var catalogue = getJson("/api/catalogue", "auditor");
        assertThat(catalogue.get("version").asText()).isEqualTo(current.version());
        assertThat(catalogue.get("title").asText()).isEqualTo(current.title());
        var items = catalogue.get("items");
        assertThat(items).hasSize(current.items().size());
        List<String> rows = new ArrayList<>();
        items.forEach(i -> rows.add(i.get("code").asText() + "|" + i.get("category").asText() + "|"
                + i.get("label").asText() + "|" + i.get("derived").asBoolean()));
        assertThat(rows).containsExactlyElementsOf(current.items().stream()
                .map(i -> i.code() + "|" + i.category() + "|" + i.label() + "|" + i.derived()).toList());
        // Verbatim from the seed form, spacing and punctuation included.
        assertThat(labels(items)).contains("Returning home late", "Missing or absent  from home or care",
                "Clipping – offering sex for money with intention to rob and run away", "Under 13 years of age");
    }

    @Test
    void a_named_version_is_served_and_an_unknown_one_is_not_found() {
        var version = Catalogues.current().version();
        assertThat(getJson("/api/catalogue/" + version, "practitioner").get("version").asText()).isEqualTo(version);
        var unknown = get("/api/catalogue/no-such-version", "practitioner");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read(unknown.getBody()).get("detail").asText()).contains(version);
    }

    @Test
    void the_two_previous_victim_of_cse_items_say_how_they_differ_and_other_items_carry_no_guidance() {
        var items = getJson("/api/catalogue", "practitioner").get("items");
        String vulnerability = null;
        String high = null;
        for (var item : items) {
            switch (item.get("code").asText()) {
                case "VULN_PREVIOUS_VICTIM_OF_CSE" -> vulnerability = item.get("guidance").asText();
                case "HIGH_PREVIOUS_VICTIM_OF_CSE" -> high = item.get("guidance").asText();
                case "LOW_MOOD_SWINGS" -> assertThat(item.get("guidance").isNull()).isTrue();
                default -> {
                }
            }
        }
        assertThat(vulnerability).startsWith("A vulnerability: the child, or a sibling, was sexually exploited");
        assertThat(high).startsWith("A serious (HIGH) indicator: on its own it suggests HIGH risk");
    }

    private static List<String> labels(com.fasterxml.jackson.databind.JsonNode items) {
        List<String> labels = new ArrayList<>();
        items.forEach(i -> labels.add(i.get("label").asText()));
        return labels;
    }
}
