package org.cseriskrecord.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The upcasters of the contract, applied in revision order until the payload reaches the current revision. A new
 * revision adds its upcaster here and a JSON fixture of the new revision beside the old one under
 * {@code src/test/resources/fixtures}.
 */
public final class EventUpcasters {

    private final List<EventUpcaster> upcasters;

    public EventUpcasters(List<EventUpcaster> upcasters) {
        this.upcasters = List.copyOf(upcasters);
    }

    public static EventUpcasters contract() {
        return new EventUpcasters(RevisionTwoUpcasters.all());
    }

    public List<EventUpcaster> all() {
        return upcasters;
    }

    /** Brings a stored payload from {@code revision} up to {@code targetRevision}, or fails if a step is missing. */
    public ObjectNode upcast(String wireName, int revision, int targetRevision, ObjectNode payload) {
        if (revision > targetRevision) {
            throw new IllegalArgumentException("Event " + wireName + " has revision " + revision
                    + ", newer than this code understands (" + targetRevision + ")");
        }
        ObjectNode current = payload;
        for (int r = revision; r < targetRevision; r++) {
            final int from = r;
            var step = upcasters.stream()
                    .filter(u -> u.wireName().equals(wireName) && u.fromRevision() == from)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No upcaster for " + wireName + " from revision " + from));
            current = step.upcast(current.deepCopy());
        }
        return current;
    }
}
