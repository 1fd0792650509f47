package org.cseriskrecord.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.UnaryOperator;

/**
 * Turns the JSON of one revision of an event into the JSON of the next. Upcasters are pure functions on JSON so the
 * command side (reading its event store) and every consumer of the topic apply the same ones.
 */
public interface EventUpcaster {
    String wireName();

    /** The revision this upcaster reads; it produces {@code fromRevision() + 1}. */
    int fromRevision();

    ObjectNode upcast(ObjectNode payload);

    /** An upcaster of one step, from a function on the payload (which it may change in place). */
    static EventUpcaster of(String wireName, int fromRevision, UnaryOperator<ObjectNode> step) {
        return new EventUpcaster() {
            @Override
            public String wireName() {
                return wireName;
            }

            @Override
            public int fromRevision() {
                return fromRevision;
            }

            @Override
            public ObjectNode upcast(ObjectNode payload) {
                return step.apply(payload);
            }

            @Override
            public String toString() {
                return wireName + " " + fromRevision + "->" + (fromRevision + 1);
            }
        };
    }
}
