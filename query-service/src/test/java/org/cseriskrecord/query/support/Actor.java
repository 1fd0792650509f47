package org.cseriskrecord.query.support;

import org.cseriskrecord.events.EventMetadata;

/** Who causes an event in a test, as the command side would record it. */
public record Actor(String userId, String role, String agency) {

    public static final Actor PRACTITIONER = new Actor("practitioner", "PRACTITIONER", "Police");
    public static final Actor PRACTITIONER2 = new Actor("practitioner2", "PRACTITIONER", "Health");
    public static final Actor MANAGER = new Actor("manager", "MANAGER", "Police");

    EventMetadata metadata(String correlationId) {
        return new EventMetadata(userId, role, agency, correlationId);
    }
}
