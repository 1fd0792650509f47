package org.cseriskrecord.riskmodel.rules;

import org.cseriskrecord.riskmodel.catalogue.Category;

/**
 * How many items of each category apply: the form's "No. of indicators" box, plus the vulnerabilities.
 *
 * @param vulnerability vulnerability factors, including derived ones (e.g. "Under 13 years of age") when they apply
 */
public record CategoryCounts(int vulnerability, int low, int medium, int high) {

    public CategoryCounts {
        if (vulnerability < 0 || low < 0 || medium < 0 || high < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    /** The count of one category. */
    public int of(Category category) {
        return switch (category) {
            case VULNERABILITY -> vulnerability;
            case LOW -> low;
            case MEDIUM -> medium;
            case HIGH -> high;
        };
    }
}
