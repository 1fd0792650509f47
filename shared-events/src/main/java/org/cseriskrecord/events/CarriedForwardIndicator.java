package org.cseriskrecord.events;

import java.util.List;

/** An indicator marked in the previous authorised assessment, brought into a reassessment until confirmed or withdrawn. */
public record CarriedForwardIndicator(String code, String category, List<Evidence> evidence) {
    public CarriedForwardIndicator {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
