package org.cseriskrecord.query.trends;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * How a practitioner's words for a location of concern become one hotspot: "Bus Station", " bus-station " and
 * "BUS STATION." are the same place. Letters and digits are kept (lower case, accents folded), everything else
 * separates words.
 */
final class LocationNames {

    static final int MAX_LENGTH = 500;

    private LocationNames() {
    }

    static Optional<String> normalise(String location) {
        if (location == null) {
            return Optional.empty();
        }
        String folded = Normalizer.normalize(location, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(folded.length() > MAX_LENGTH ? folded.substring(0, MAX_LENGTH).strip() : folded);
    }
}
