package org.cseriskrecord.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the JSON of one revision of an event into the JSON of the next. Upcasters are pure functions on JSON so the
 * command side (reading its event store) and every consumer of the topic apply the same ones.
 */
public interface EventUpcaster {
    String wireName();

    /** The revision this upcaster reads; it produces {@code fromRevision() + 1}. */
    int fromRevision();

    ObjectNode upcast(ObjectNode payload);
}
