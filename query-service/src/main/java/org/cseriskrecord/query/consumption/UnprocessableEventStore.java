package org.cseriskrecord.query.consumption;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Records set aside because they could not be read ({@code unprocessable_event}): ids, type, reason and the
 * record's place on the topic, never its payload. The first step of the dead-letter path.
 */
@Repository
public class UnprocessableEventStore {

    private final JdbcClient jdbc;

    UnprocessableEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One set-aside record, as the case status shows it. */
    public record SetAside(long sequence, String eventId, String type, String reason, Instant recordedAt) {
    }

    void record(RecordPosition position, String reason, String topic, int partition, long offset, Instant now) {
        jdbc.sql("""
                        insert into unprocessable_event (event_id, case_id, sequence, type, revision, reason,
                                                         kafka_topic, kafka_partition, kafka_offset, recorded_at)
                        values (:eventId, :caseId, :sequence, :type, :revision, :reason,
                                :topic, :partition, :offset, :at)
                        on conflict on constraint unprocessable_event_record do nothing""")
                .param("eventId", position.eventId())
                .param("caseId", position.caseId())
                .param("sequence", position.sequence())
                .param("type", position.type())
                .param("revision", position.revision())
                .param("reason", reason.length() > 2000 ? reason.substring(0, 2000) : reason)
                .param("topic", topic)
                .param("partition", partition)
                .param("offset", offset)
                .param("at", Timestamp.from(now))
                .update();
    }

    /** The set-aside events of a case, in sequence order. */
    public List<SetAside> ofCase(String caseId) {
        return jdbc.sql("""
                        select sequence, event_id, type, reason, recorded_at from unprocessable_event
                        where case_id = :caseId and sequence is not null order by sequence, id""")
                .param("caseId", caseId)
                .query((rs, n) -> new SetAside(rs.getLong("sequence"), rs.getString("event_id"), rs.getString("type"),
                        rs.getString("reason"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
