package org.cseriskrecord.query.consumption;

import org.cseriskrecord.support.operations.Degraded;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The consumers that feed the views ({@code eventProcessors} in the health endpoint, the same name as the command
 * side's processors): each listener container running or not, and the events waiting: parked behind a missing
 * predecessor, held behind a dead letter, or set aside as unreadable. A stopped consumer or an open dead letter is
 * {@link Degraded}: reads still answer, from views that no longer move (for the dead letter's case).
 */
@Component("eventProcessorsHealthIndicator")
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final KafkaListenerEndpointRegistry listeners;
    private final JdbcClient jdbc;
    private final DeadLetterStore deadLetters;

    EventProcessorsHealthIndicator(KafkaListenerEndpointRegistry listeners, JdbcClient jdbc,
                                   DeadLetterStore deadLetters) {
        this.listeners = listeners;
        this.jdbc = jdbc;
        this.deadLetters = deadLetters;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean allRunning = true;
        Map<String, Object> containers = new LinkedHashMap<>();
        for (var container : listeners.getListenerContainers()) {
            boolean running = container.isRunning() && !container.isContainerPaused();
            allRunning &= running;
            containers.put(container.getListenerId(), Map.of("running", running));
        }
        long open = deadLetters.open();
        builder.withDetails(containers)
                .withDetail("deadLetters", open)
                .withDetail("parkedEvents", count("parked_event"))
                .withDetail("unreadableEvents", count("unprocessable_event"));
        if (allRunning && open == 0) {
            builder.up();
        } else {
            builder.status(Degraded.STATUS);
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
