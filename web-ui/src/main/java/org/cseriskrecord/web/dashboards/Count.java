package org.cseriskrecord.web.dashboards;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One count as the services give it to a board: a number, or the string {@value #SUPPRESSED} for 1 to 4
 * (small-number suppression, docs/dashboards.md). A suppressed count is never turned into a number.
 *
 * @param value      the number, or null when suppressed
 * @param suppressed whether the service said {@value #SUPPRESSED}
 */
public record Count(Long value, boolean suppressed) {

    public static final String SUPPRESSED = "<5";

    /** The smallest and largest count a suppressed value stands for. */
    public static final int SUPPRESSED_LOW = 1;
    public static final int SUPPRESSED_HIGH = 4;

    public static Count of(JsonNode node) {
        if (node != null && node.isIntegralNumber()) {
            return new Count(node.longValue(), false);
        }
        if (node != null && node.isTextual() && SUPPRESSED.equals(node.asText())) {
            return new Count(null, true);
        }
        // Anything else would be a change of the service's contract: say so rather than draw a guess.
        throw new IllegalArgumentException("Not a count: " + node);
    }

    public static Count of(long value) {
        return new Count(value, false);
    }

    public static Count suppressedCount() {
        return new Count(null, true);
    }

    /** As the page writes it: the number, or "<5". */
    public String text() {
        return suppressed ? SUPPRESSED : Long.toString(value);
    }
}
