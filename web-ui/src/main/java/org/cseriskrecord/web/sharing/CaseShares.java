package org.cseriskrecord.web.sharing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which agencies a case involves: the agency that opened it and those it is shared with now, each share with who
 * decided it, when and why. query-service has no endpoint for shares, so they are read from the case's audit
 * history ({@code CaseOpened}, {@code CaseShared}, {@code CaseShareRevoked}), in order.
 *
 * @param openingAgency the agency of the practitioner who opened the case (only its managers may revoke a share)
 * @param shares        the current shares, oldest first
 */
public record CaseShares(String openingAgency, List<Share> shares) {

    public record Share(String agency, String reason, String sharedBy, String sharedAt) {
    }

    static CaseShares from(JsonNode history) {
        String opening = null;
        Map<String, Share> current = new LinkedHashMap<>();
        for (JsonNode entry : history) {
            String type = entry.path("type").asText();
            JsonNode data = entry.path("data");
            if ("CaseOpened".equals(type)) {
                opening = entry.path("agency").asText(null);
            } else if ("CaseShared".equals(type)) {
                String agency = data.path("agency").asText();
                current.put(agency, new Share(agency, data.path("reason").asText(null), entry.path("actor").asText(null),
                        entry.path("at").asText(null)));
            } else if ("CaseShareRevoked".equals(type)) {
                current.remove(data.path("agency").asText());
            }
        }
        return new CaseShares(opening, new ArrayList<>(current.values()));
    }

    /** The agencies involved: the opening agency and every current share. */
    public List<String> involved() {
        List<String> involved = new ArrayList<>();
        if (openingAgency != null) {
            involved.add(openingAgency);
        }
        shares.forEach(s -> involved.add(s.agency()));
        return involved;
    }
}
