package org.cseriskrecord.query.consumption;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code cse.case-events} (group {@code cse-query-projections}, from the earliest offset) and hands each
 * record to the {@link EventDispatcher}. Failures go to the error handler of {@link ConsumerErrorHandling}.
 */
@Component
public class CaseEventListener {

    private static final Logger log = LoggerFactory.getLogger(CaseEventListener.class);

    private final EventDispatcher dispatcher;

    public CaseEventListener(EventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** The group is {@code spring.kafka.consumer.group-id} ({@code cse-query-projections}), not the listener id. */
    @KafkaListener(id = "case-event-projections", idIsGroup = false, topics = CaseEventEnvelope.TOPIC_PROPERTY)
    public void onRecord(ConsumerRecord<String, String> record) {
        try {
            dispatcher.process(record);
        } catch (SequenceGapException e) {
            log.info("{}; retrying", e.getMessage());
            throw e;
        } catch (UndecodableEventException e) {
            log.warn("Record {}-{}@{} cannot be read ({}); retrying before setting it aside", record.topic(),
                    record.partition(), record.offset(), e.reason());
            throw e;
        } catch (RuntimeException e) {
            // The exception, not the record: its value holds personal data.
            log.error("Applying record {}-{}@{} (key {}) failed; it is retried until it succeeds", record.topic(),
                    record.partition(), record.offset(), EventRecordReader.isToken(record.key()) ? record.key() : "?",
                    e);
            throw e;
        }
    }
}
