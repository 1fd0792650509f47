package org.cseriskrecord.command.infrastructure.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.cseriskrecord.support.operations.Degraded;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tracking event processors ({@code eventProcessors} in the health endpoint): running, in error, and how many
 * stored events each has still to handle. The publisher in error (Kafka away, a send refused) is {@link Degraded}:
 * commands are still stored and the processor retries by itself; a processor that is not running at all is DOWN,
 * because nothing will ever publish from this node.
 */
@Component("eventProcessorsHealthIndicator")
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;
    private final EventStoreHead head;

    EventProcessorsHealthIndicator(EventProcessingConfiguration processing, EventStoreHead head) {
        this.processing = processing;
        this.head = head;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean anyError = false;
        boolean anyStopped = false;
        long headIndex = head.globalIndex();
        Map<String, Object> details = new LinkedHashMap<>();
        for (var entry : processing.eventProcessors().entrySet()) {
            if (!(entry.getValue() instanceof StreamingEventProcessor processor)) {
                continue; // subscribing processors run in the command's own transaction: nothing to watch
            }
            boolean error = processor.isError()
                    || processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
            boolean running = processor.isRunning();
            anyError |= error;
            anyStopped |= !running;
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("running", running);
            status.put("error", error);
            EventStoreHead.position(processor).ifPresent(position -> {
                status.put("position", position);
                status.put("behind", Math.max(0, headIndex - position));
            });
            details.put(entry.getKey(), status);
        }
        builder.withDetails(details);
        if (anyStopped) {
            builder.down();
        } else if (anyError) {
            builder.status(Degraded.STATUS);
        } else {
            builder.up();
        }
    }
}
