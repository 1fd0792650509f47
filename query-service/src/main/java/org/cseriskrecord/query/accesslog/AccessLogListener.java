package org.cseriskrecord.query.accesslog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cseriskrecord.support.access.AccessLogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Stores the access-log entries command-service sends on {@value AccessLogEntry#TOPIC} (its refusals), so one log
 * holds both services' entries. Its own consumer group; an entry delivered twice is stored once.
 */
@Component
class AccessLogListener {
    private static final Logger log = LoggerFactory.getLogger(AccessLogListener.class);

    private final AccessLogStore store;
    private final ObjectMapper json;

    AccessLogListener(AccessLogStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @KafkaListener(id = "access-log", groupId = "cse-query-access-log", topics = AccessLogEntry.TOPIC)
    void onRecord(ConsumerRecord<String, String> record) {
        AccessLogEntry entry;
        try {
            entry = json.readValue(record.value(), AccessLogEntry.class);
        } catch (JsonProcessingException e) {
            // Not an entry of ours: nothing can be stored from it. Say where it is, never what it holds.
            log.warn("Access-log record {}-{}@{} is not an access-log entry; skipped", record.topic(),
                    record.partition(), record.offset());
            return;
        }
        store.record(entry); // a database failure throws: the record is retried until it is stored
    }
}
