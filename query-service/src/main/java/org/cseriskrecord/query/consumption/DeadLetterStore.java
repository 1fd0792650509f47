package org.cseriskrecord.query.consumption;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Events a projection could not apply ({@code dead_letter}): kept with the reason until an administrator re-drives
 * them. While a case has an open dead letter its later events are held (parked) in order behind it.
 */
@Repository
class DeadLetterStore {

    private final JdbcClient jdbc;

    DeadLetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One dead letter as an administrator sees it: ids, type, reason, never the payload. */
    record DeadLetter(long deadLetterId, String caseId, long sequence, String eventId, String type, String reason,
                      int attempts, Instant deadLetteredAt, Instant lastAttemptAt, Instant resolvedAt,
                      String kafkaTopic, int kafkaPartition, long kafkaOffset) {
    }

    /** A dead letter with the record value, to apply it again. */
    record Stored(DeadLetter letter, RecordPosition position, String value) {
    }

    /** @return the dead letter's id */
    long add(ConsumerRecord<String, String> record, RecordPosition position, String reason, Instant now) {
        return jdbc.sql("""
                        insert into dead_letter (case_id, sequence, event_id, type, revision, record_value,
                                                 kafka_topic, kafka_partition, kafka_offset, reason, attempts,
                                                 dead_lettered_at, last_attempt_at)
                        values (:caseId, :sequence, :eventId, :type, :revision, :value, :topic, :partition, :offset,
                                :reason, 1, :at, :at)
                        returning id""")
                .param("caseId", position.caseId())
                .param("sequence", position.sequence())
                .param("eventId", position.eventId())
                .param("type", position.type())
                .param("revision", position.revision())
                .param("value", record.value() == null ? "" : record.value())
                .param("topic", record.topic())
                .param("partition", record.partition())
                .param("offset", record.offset())
                .param("reason", truncated(reason))
                .param("at", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** Whether the case is held behind an open dead letter. */
    boolean holds(String caseId) {
        return jdbc.sql("select exists (select 1 from dead_letter where case_id = :caseId and resolved_at is null)")
                .param("caseId", caseId)
                .query(Boolean.class)
                .single();
    }

    /** Every dead letter, open ones first, newest first. */
    List<DeadLetter> all() {
        return jdbc.sql("""
                        select * from dead_letter
                        order by resolved_at is not null, dead_lettered_at desc, id desc limit 1000""")
                .query((rs, n) -> letter(rs))
                .list();
    }

    long open() {
        return jdbc.sql("select count(*) from dead_letter where resolved_at is null").query(Long.class).single();
    }

    /** The dead letter, locked until the transaction ends. */
    Optional<Stored> lock(long deadLetterId) {
        return jdbc.sql("select * from dead_letter where id = :id for update")
                .param("id", deadLetterId)
                .query((rs, n) -> new Stored(letter(rs),
                        new RecordPosition(rs.getString("case_id"), rs.getLong("sequence"), rs.getString("event_id"),
                                rs.getString("type"), (Integer) rs.getObject("revision")),
                        rs.getString("record_value")))
                .optional();
    }

    void resolve(long deadLetterId, Instant now) {
        jdbc.sql("update dead_letter set resolved_at = :at, last_attempt_at = :at, attempts = attempts + 1 "
                        + "where id = :id")
                .param("id", deadLetterId)
                .param("at", Timestamp.from(now))
                .update();
    }

    void failedAgain(long deadLetterId, String reason, Instant now) {
        jdbc.sql("update dead_letter set reason = :reason, last_attempt_at = :at, attempts = attempts + 1 "
                        + "where id = :id")
                .param("id", deadLetterId)
                .param("reason", truncated(reason))
                .param("at", Timestamp.from(now))
                .update();
    }

    private static String truncated(String reason) {
        return reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    }

    private static DeadLetter letter(ResultSet rs) throws SQLException {
        var resolved = rs.getTimestamp("resolved_at");
        return new DeadLetter(rs.getLong("id"), rs.getString("case_id"), rs.getLong("sequence"),
                rs.getString("event_id"), rs.getString("type"), rs.getString("reason"), rs.getInt("attempts"),
                rs.getTimestamp("dead_lettered_at").toInstant(), rs.getTimestamp("last_attempt_at").toInstant(),
                resolved == null ? null : resolved.toInstant(), rs.getString("kafka_topic"),
                rs.getInt("kafka_partition"), rs.getLong("kafka_offset"));
    }
}
