package org.cseriskrecord.query.consumption;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Events that arrived before their predecessor, waiting for it ({@code parked_event}). */
@Repository
class ParkedEventStore {

    private final JdbcClient jdbc;

    ParkedEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A parked record, with what is needed to apply it or set it aside later. */
    record Parked(RecordPosition position, String value, String topic, int partition, long offset) {
    }

    void park(ConsumerRecord<String, String> record, RecordPosition position, Instant now) {
        jdbc.sql("""
                        insert into parked_event (case_id, sequence, event_id, type, revision, record_value,
                                                  kafka_topic, kafka_partition, kafka_offset, parked_at)
                        values (:caseId, :sequence, :eventId, :type, :revision, :value, :topic, :partition, :offset, :at)
                        on conflict (case_id, sequence) do nothing""")
                .param("caseId", position.caseId())
                .param("sequence", position.sequence())
                .param("eventId", position.eventId())
                .param("type", position.type())
                .param("revision", position.revision())
                .param("value", record.value() == null ? "" : record.value())
                .param("topic", record.topic())
                .param("partition", record.partition())
                .param("offset", record.offset())
                .param("at", Timestamp.from(now))
                .update();
    }

    /** Removes and returns the parked event at this sequence of the case, if there is one. */
    Optional<Parked> take(String caseId, long sequence) {
        var parked = jdbc.sql("""
                        delete from parked_event where case_id = :caseId and sequence = :sequence
                        returning case_id, sequence, event_id, type, revision, record_value,
                                  kafka_topic, kafka_partition, kafka_offset""")
                .param("caseId", caseId)
                .param("sequence", sequence)
                .query((rs, n) -> new Parked(
                        new RecordPosition(rs.getString("case_id"), rs.getLong("sequence"), rs.getString("event_id"),
                                rs.getString("type"), (Integer) rs.getObject("revision")),
                        rs.getString("record_value"), rs.getString("kafka_topic"), rs.getInt("kafka_partition"),
                        rs.getLong("kafka_offset")))
                .optional();
        return parked;
    }

    /** Forgets parked copies of events the case has already applied (redeliveries parked before the gap closed). */
    void discardUpTo(String caseId, long sequence) {
        jdbc.sql("delete from parked_event where case_id = :caseId and sequence <= :sequence")
                .param("caseId", caseId)
                .param("sequence", sequence)
                .update();
    }
}
