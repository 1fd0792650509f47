package org.cseriskrecord.query.consumption;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Consumes {@code cse.case-events} (group {@code cse-query-projections}, from the earliest offset) and hands each
 * record to the {@link EventDispatcher}. Failures go to the error handler of {@link ConsumerErrorHandling}.
 */
@Component
public class CaseEventListener {

    private static final Logger log = LoggerFactory.getLogger(CaseEventListener.class);

    /** The same MDC key and token shape as the services' {@code CorrelationIdFilter}. */
    private static final String CORRELATION_ID = org.cseriskrecord.support.web.CorrelationIdFilter.MDC_KEY;
    private static final Pattern CORRELATION = Pattern.compile("\"correlationId\"\\s*:\\s*\"([A-Za-z0-9._:-]{1,100})\"");

    private final EventDispatcher dispatcher;

    public CaseEventListener(EventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** The group is {@code spring.kafka.consumer.group-id} ({@code cse-query-projections}), not the listener id. */
    @KafkaListener(id = "case-event-projections", idIsGroup = false, topics = CaseEventEnvelope.TOPIC_PROPERTY)
    public void onRecord(ConsumerRecord<String, String> record) {
        // The command's correlation id, so this service's log lines about the event join the request's.
        String correlationId = correlationIdOf(record.value());
        if (correlationId != null) {
            MDC.put(CORRELATION_ID, correlationId);
        }
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
            String key = EventRecordReader.isToken(record.key()) ? record.key() : "?";
            if (EventDispatcher.isTransient(e)) {
                // The database is away: expected during a restart, one line per attempt, no stack trace.
                log.warn("Applying record {}-{}@{} (key {}) failed, the database did not answer ({}); retrying",
                        record.topic(), record.partition(), record.offset(), key, e.getClass().getSimpleName());
            } else {
                // The exception, not the record: its value holds personal data.
                log.error("Applying record {}-{}@{} (key {}) failed; it is retried a few times, then kept as a dead "
                        + "letter", record.topic(), record.partition(), record.offset(), key, e);
            }
            throw e;
        } finally {
            MDC.remove(CORRELATION_ID);
        }
    }

    /** The envelope's {@code metadata.correlationId} if it is a sensible token (never anything else of the value). */
    static String correlationIdOf(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = CORRELATION.matcher(value);
        return matcher.find() ? matcher.group(1) : null;
    }
}
