package org.cseriskrecord.query.consumption;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The read side's metrics (docs/operations.md says what each means and when to worry):
 * <ul>
 * <li>{@value #APPLIED}: events applied to the views;</li>
 * <li>{@value #PROJECTION_LAG}: from an event being stored (its {@code occurredAt}) to its being applied;</li>
 * <li>{@value #CONSUMER_LAG}: records on the topic the consumer group has not handled yet;</li>
 * <li>{@value #DEAD_LETTERS}: open dead letters, each holding its case's later events; {@value #DEAD_LETTERED}
 * counts them as they are created.</li>
 * </ul>
 */
@Component
public class ConsumptionMetrics implements DisposableBean {

    public static final String APPLIED = "cse.events.applied";
    public static final String PROJECTION_LAG = "cse.projections.lag";
    public static final String CONSUMER_LAG = "cse.events.consumer.lag";
    public static final String DEAD_LETTERS = "cse.dead.letters";
    public static final String DEAD_LETTERED = "cse.dead.lettered";

    private static final Duration ASK_KAFKA_EVERY = Duration.ofSeconds(5);

    private final Counter applied;
    private final Timer projectionLag;
    private final Counter deadLettered;
    private final Map<String, Object> adminProperties;
    private final String group;
    private final String topic;
    private Admin admin;
    private Instant consumerLagAt = Instant.MIN;
    private double consumerLag = Double.NaN;

    ConsumptionMetrics(MeterRegistry registry, DeadLetterStore deadLetters, KafkaAdmin kafkaAdmin,
                       @Value("${spring.kafka.consumer.group-id}") String group,
                       @Value(org.cseriskrecord.events.CaseEventEnvelope.TOPIC_PROPERTY) String topic) {
        this.adminProperties = kafkaAdmin.getConfigurationProperties();
        this.group = group;
        this.topic = topic;
        this.applied = Counter.builder(APPLIED).description("Events applied to the views").register(registry);
        this.projectionLag = Timer.builder(PROJECTION_LAG)
                .description("Time from an event being stored to its being applied to the views")
                .publishPercentileHistogram()
                .register(registry);
        this.deadLettered = Counter.builder(DEAD_LETTERED).description("Events set aside as dead letters")
                .register(registry);
        Gauge.builder(DEAD_LETTERS, deadLetters, DeadLetterStore::open)
                .description("Open dead letters; each holds its case's later events").register(registry);
        Gauge.builder(CONSUMER_LAG, this, ConsumptionMetrics::consumerLag)
                .description("Records of the topic the consumer group has not handled yet").register(registry);
    }

    void applied(Instant occurredAt, Instant now) {
        applied.increment();
        if (occurredAt != null && !occurredAt.isAfter(now)) {
            projectionLag.record(Duration.between(occurredAt, now));
        }
    }

    void deadLettered() {
        deadLettered.increment();
    }

    /** End offsets minus the group's committed offsets over the topic's partitions; NaN while Kafka does not answer. */
    synchronized double consumerLag() {
        var now = Instant.now();
        if (Duration.between(consumerLagAt, now).compareTo(ASK_KAFKA_EVERY) < 0) {
            return consumerLag;
        }
        consumerLagAt = now;
        try {
            if (admin == null) {
                admin = Admin.create(adminProperties);
            }
            var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(2, TimeUnit.SECONDS);
            var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get(2, TimeUnit.SECONDS)
                    .get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            var ends = admin.listOffsets(partitions).all().get(2, TimeUnit.SECONDS);
            long lag = 0;
            for (var end : ends.entrySet()) {
                var done = committed.get(end.getKey());
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            consumerLag = lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            consumerLag = Double.NaN;
        } catch (Exception e) {
            consumerLag = Double.NaN;
        }
        return consumerLag;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
