package org.cseriskrecord.command.infrastructure.operations;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * Where the event store ends and where a processor stands, in global index terms: the difference is what the
 * processor has still to handle (for the publisher: events stored but not yet on Kafka).
 */
@Component
class EventStoreHead {

    private final JdbcClient jdbc;

    EventStoreHead(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest global index stored, or -1 for an empty store. */
    long globalIndex() {
        return jdbc.sql("select coalesce(max(global_index), -1) from domain_event_entry").query(Long.class).single();
    }

    /** The lowest position of the processor's segments; empty before it has handled anything. */
    static OptionalLong position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .map(status -> status.getTrackingToken() == null ? OptionalLong.empty()
                        : status.getTrackingToken().position())
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
    }
}
