package org.cseriskrecord.command.infrastructure.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.support.access.AccessLog;
import org.cseriskrecord.support.access.AccessLogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/**
 * Command-service's access log: it holds no log of its own, it sends each entry (its refusals) to query-service,
 * which keeps the one log, on {@value AccessLogEntry#TOPIC}, waiting for the broker's acknowledgement. Keyed by case
 * (or user), so one case's entries stay in order.
 */
@Component
public class KafkaAccessLog implements AccessLog {
    private static final Logger log = LoggerFactory.getLogger(KafkaAccessLog.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final ObjectMapper json;

    public KafkaAccessLog(KafkaTemplate<String, byte[]> kafka, ObjectMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    @Override
    public void record(AccessLogEntry entry) {
        try {
            kafka.send(AccessLogEntry.TOPIC, entry.caseId() != null ? entry.caseId() : entry.user(),
                    json.writeValueAsBytes(entry)).get(10, TimeUnit.SECONDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An access-log entry cannot be written as JSON", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.error("Sending an access-log entry ({} {}) was interrupted; it may be missing from the log",
                    entry.action(), entry.outcome());
        } catch (Exception e) {
            // The refusal itself stands; the missing entry is reported (without who or which case) for operators.
            log.error("An access-log entry ({} {}) could not be sent to Kafka: {}", entry.action(), entry.outcome(),
                    e.getClass().getSimpleName());
        }
    }
}
