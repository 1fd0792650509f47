package org.cseriskrecord.riskmodel.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One item of a catalogue: a vulnerability factor or an indicator.
 *
 * @param code     stable identifier, UPPER_SNAKE, prefixed by the category ({@code VULN_}, {@code LOW_},
 *                 {@code MEDIUM_}, {@code HIGH_}); never renamed once written, since events refer to it
 * @param category the section of the form the item is printed in
 * @param label    the item's words, verbatim as printed on the form
 * @param derived  true if the model works the item out itself (e.g. "Under 13 years of age"); such an item cannot
 *                 be marked by hand
 */
public record CatalogueItem(String code, Category category, String label, boolean derived) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");

    public CatalogueItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(label, "label");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Catalogue code '" + code + "' is not UPPER_SNAKE_CASE");
        }
        if (!code.startsWith(category.codePrefix())) {
            throw new IllegalArgumentException("Catalogue code '" + code + "' of category " + category
                    + " must start with " + category.codePrefix());
        }
        if (label.isBlank() || !label.equals(label.strip())) {
            throw new IllegalArgumentException("Catalogue label of '" + code
                    + "' must be non-blank without surrounding whitespace");
        }
    }
}
