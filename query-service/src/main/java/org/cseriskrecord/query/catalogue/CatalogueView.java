package org.cseriskrecord.query.catalogue;

import org.cseriskrecord.riskmodel.catalogue.Catalogue;

import java.util.List;

/**
 * {@code GET /api/catalogue}: one version of the form's vulnerability factors and indicators, labels verbatim.
 *
 * @param version the catalogue version id assessments refer to
 */
public record CatalogueView(String version, String title, List<Item> items) {

    /**
     * @param derived  true if the tool works it out itself (e.g. under 13); it cannot be marked by hand
     * @param guidance how to use the item where the label alone does not say (e.g. how the two "Previous victim of
     *                 CSE" items differ): this project's note, never the form's words; null if none
     */
    public record Item(String code, String category, String label, boolean derived, String guidance) {
    }

    static CatalogueView of(Catalogue catalogue) {
        return new CatalogueView(catalogue.version(), catalogue.title(), catalogue.items().stream()
                .map(i -> new Item(i.code(), i.category().name(), i.label(), i.derived(),
                        catalogue.guidance(i.code()).orElse(null)))
                .toList());
    }
}
