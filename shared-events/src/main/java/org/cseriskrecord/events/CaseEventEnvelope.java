package org.cseriskrecord.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One record on the topic {@value #TOPIC}: the event's payload with everything a consumer needs to order, deduplicate
 * and attribute it. Keyed by case id. The same fields travel as Kafka headers (see {@link Headers}) so that routers
 * can act without parsing the value.
 *
 * @param eventId        unique per event; stable across redeliveries
 * @param type           the event's wire name
 * @param revision       the revision of {@code payload}
 * @param caseId         the aggregate id
 * @param sequence       the event's position in its case's history, from 0, without gaps
 * @param globalPosition the event's position in the event store overall (for diagnostics; may have gaps)
 * @param occurredAt     system time at which the event was recorded
 */
public record CaseEventEnvelope(
        String eventId,
        String type,
        int revision,
        String caseId,
        long sequence,
        long globalPosition,
        Instant occurredAt,
        EventMetadata metadata,
        JsonNode payload) {

    /** The topic every case event is published on, unless the property {@code cse.kafka.topic} names another. */
    public static final String TOPIC = "cse.case-events";

    /**
     * How both services read the topic's name (a Spring placeholder, a plain string here): one property, one
     * default, so a topic given once ({@code CSE_KAFKA_TOPIC}) reaches the publisher and the consumer alike.
     */
    public static final String TOPIC_PROPERTY = "${cse.kafka.topic:" + TOPIC + "}";

    /** Kafka header names. */
    public static final class Headers {
        public static final String EVENT_ID = "cse-event-id";
        public static final String TYPE = "cse-event-type";
        public static final String REVISION = "cse-event-revision";
        public static final String AGGREGATE_ID = "cse-aggregate-id";
        public static final String SEQUENCE = "cse-sequence";

        private Headers() {
        }
    }
}
