package org.cseriskrecord.query.consumption;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.events.CaseEvent;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.cseriskrecord.events.EventMetadata;

import java.time.Instant;

/**
 * A decoded event, with its envelope: what every projection gets. The actor and the time of a change come from the
 * envelope ({@code metadata.userId}, {@code occurredAt}), never from the payload.
 */
public record ProjectedEvent(CaseEventEnvelope envelope, CaseEvent event) {

    private static final EventMetadata NO_METADATA = new EventMetadata(null, null, null, null);

    public String caseId() {
        return envelope.caseId();
    }

    public long sequence() {
        return envelope.sequence();
    }

    public String eventId() {
        return envelope.eventId();
    }

    /** The wire name. */
    public String type() {
        return envelope.type();
    }

    public int revision() {
        return envelope.revision();
    }

    public Instant occurredAt() {
        return envelope.occurredAt();
    }

    public EventMetadata metadata() {
        return envelope.metadata() == null ? NO_METADATA : envelope.metadata();
    }

    /** The user id of whoever caused the event. */
    public String actor() {
        return metadata().userId();
    }

    /** The payload as received, before any upcasting. */
    public JsonNode payload() {
        return envelope.payload();
    }
}
