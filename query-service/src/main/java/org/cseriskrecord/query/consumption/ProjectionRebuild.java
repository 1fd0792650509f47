package org.cseriskrecord.query.consumption;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Drops one projection's rows and rebuilds them from the topic, with the same result as the live consumer gave.
 * <p>
 * In one transaction: locks {@code case_progress} against the live consumer (its next event waits until the
 * rebuild commits; readers keep seeing the old rows until then), empties the projection's tables, reads the topic
 * from the beginning to its current end, and applies, per case in sequence order, exactly the events the live
 * consumer has applied (up to each case's last applied sequence; duplicates skipped; an event that arrived before
 * its predecessor held back until the predecessor is applied, as parking does; an unreadable one skipped, as it
 * was set aside). Only this projection's {@code apply} runs: the others are untouched.
 */
@Component
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(10);

    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final EventRecordReader reader;
    private final List<CaseProjection> projections;
    private final KafkaProperties kafka;
    private final String topic;

    public ProjectionRebuild(PlatformTransactionManager transactionManager, JdbcClient jdbc, EventRecordReader reader,
                             List<CaseProjection> projections, KafkaProperties kafka,
                             @Value(CaseEventEnvelope.TOPIC_PROPERTY) String topic) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.reader = reader;
        this.projections = List.copyOf(projections);
        this.kafka = kafka;
        this.topic = topic;
    }

    /** What a rebuild did. */
    public record Result(String projection, List<String> tables, long recordsRead, long eventsApplied,
                         long tookMillis) {
    }

    public List<CaseProjection> projections() {
        return projections;
    }

    public Optional<CaseProjection> projection(String name) {
        return projections.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Result rebuild(CaseProjection projection) {
        long start = System.nanoTime();
        return transaction.execute(status -> {
            jdbc.sql("lock table case_progress in exclusive mode").update();
            Map<String, Long> applied = new HashMap<>();
            jdbc.sql("select case_id, last_sequence from case_progress")
                    .query((rs, n) -> applied.put(rs.getString("case_id"), rs.getLong("last_sequence")))
                    .list();
            for (String table : projection.tables()) {
                jdbc.sql("delete from " + table).update();
            }
            var replay = new Replay(projection, applied);
            long read = readTopic(replay::offer);
            var result = new Result(projection.name(), projection.tables(), read, replay.applied,
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
            log.info("Rebuilt projection {} from {} records of {}: {} events applied in {} ms", projection.name(),
                    read, topic, replay.applied, result.tookMillis());
            return result;
        });
    }

    /** Applies each case's events in sequence order, once, up to what the live consumer has applied. */
    private final class Replay {
        private final CaseProjection projection;
        private final Map<String, Long> liveApplied;
        private final Map<String, Long> rebuilt = new HashMap<>();
        private final Map<String, TreeMap<Long, ConsumerRecord<String, String>>> waiting = new HashMap<>();
        long applied;

        Replay(CaseProjection projection, Map<String, Long> liveApplied) {
            this.projection = projection;
            this.liveApplied = liveApplied;
        }

        void offer(ConsumerRecord<String, String> record) {
            RecordPosition position;
            try {
                position = reader.position(record.key(), record.value(), record.headers());
            } catch (RuntimeException e) {
                return; // unreadable and unlocatable: the live consumer set it aside without applying anything
            }
            if (!position.locatable()) {
                return;
            }
            String caseId = position.caseId();
            long sequence = position.sequence();
            long done = rebuilt.getOrDefault(caseId, -1L);
            if (sequence <= done || sequence > liveApplied.getOrDefault(caseId, -1L)) {
                return; // a duplicate, or not applied live yet (the live consumer applies it after the rebuild)
            }
            if (sequence > done + 1) {
                waiting.computeIfAbsent(caseId, c -> new TreeMap<>()).put(sequence, record);
                return;
            }
            apply(caseId, sequence, record);
            var held = waiting.get(caseId);
            while (held != null && !held.isEmpty() && held.firstKey() == rebuilt.get(caseId) + 1) {
                var next = held.pollFirstEntry();
                apply(caseId, next.getKey(), next.getValue());
            }
        }

        private void apply(String caseId, long sequence, ConsumerRecord<String, String> record) {
            try {
                projection.apply(reader.decode(record.value(), reader.position(record.key(), record.value(),
                        record.headers())));
                applied++;
            } catch (UndecodableEventException e) {
                log.debug("Skipped unreadable record {}-{}@{} (set aside when it was consumed)", record.topic(),
                        record.partition(), record.offset());
            }
            rebuilt.put(caseId, sequence);
        }
    }

    /** Reads every partition of the topic from its beginning to its end as of now. */
    private long readTopic(java.util.function.Consumer<ConsumerRecord<String, String>> sink) {
        Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties(null));
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG); // assigned, not subscribed: no group, no commits
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "cse-projection-rebuild");
        long read = 0;
        try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The topic " + topic + " could not be read to its end within "
                            + READ_TIMEOUT.toMinutes() + " minutes; nothing was changed");
                }
                for (var record : consumer.poll(POLL)) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        sink.accept(record);
                        read++;
                    }
                }
            }
        }
        return read;
    }
}
