package org.cseriskrecord.command.infrastructure.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.cseriskrecord.command.infrastructure.kafka.KafkaEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@value #PUBLISHING_LAG}: events stored but not yet acknowledged by Kafka (the event store's head minus the
 * publisher's position). Grows while Kafka is away and falls back to 0 when it returns; NaN on a node that does not
 * publish.
 */
@Component
class PublishingLag {

    static final String PUBLISHING_LAG = "cse.events.publishing.lag";

    private final EventProcessingConfiguration processing;
    private final EventStoreHead head;

    PublishingLag(EventProcessingConfiguration processing, EventStoreHead head, MeterRegistry registry) {
        this.processing = processing;
        this.head = head;
        Gauge.builder(PUBLISHING_LAG, this, PublishingLag::value)
                .description("Events stored but not yet published to Kafka").register(registry);
    }

    double value() {
        var publisher = processing.eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class);
        if (publisher.isEmpty()) {
            return Double.NaN;
        }
        long position = EventStoreHead.position(publisher.get()).orElse(-1);
        return Math.max(0, head.globalIndex() - position);
    }
}
