package org.cseriskrecord.events;

import java.util.Map;

/**
 * Who did it and under which correlation: carried with every event (Axon metadata on the command side, the
 * envelope on the topic). "When" is the event's own timestamp, taken from the system clock at the moment it is applied.
 */
public record EventMetadata(String userId, String role, String agency, String correlationId) {
    public static final String USER_ID = "userId";
    public static final String ROLE = "role";
    public static final String AGENCY = "agency";
    public static final String CORRELATION_ID = "correlationId";

    public static EventMetadata from(Map<String, ?> values) {
        return new EventMetadata(str(values.get(USER_ID)), str(values.get(ROLE)), str(values.get(AGENCY)),
                str(values.get(CORRELATION_ID)));
    }

    public Map<String, String> asMap() {
        var map = new java.util.LinkedHashMap<String, String>();
        if (userId != null) map.put(USER_ID, userId);
        if (role != null) map.put(ROLE, role);
        if (agency != null) map.put(AGENCY, agency);
        if (correlationId != null) map.put(CORRELATION_ID, correlationId);
        return map;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
