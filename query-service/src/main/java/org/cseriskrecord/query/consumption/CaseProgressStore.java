package org.cseriskrecord.query.consumption;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

/**
 * The last applied sequence of each case ({@code case_progress}). Changes only inside the dispatcher's transaction;
 * readers (read-your-writes, {@code CaseSequence}) see the sequence every projection has applied.
 */
@Repository
public class CaseProgressStore {

    static final long NOTHING_APPLIED = -1;

    private final JdbcClient jdbc;

    CaseProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The case's last applied sequence ({@value #NOTHING_APPLIED} for a case not seen before), locking the case's
     * row until the transaction ends, so two consumers (e.g. during a rebalance) never apply the same case at once.
     */
    long lockLastApplied(String caseId) {
        jdbc.sql("""
                        insert into case_progress (case_id, last_sequence, updated_at) values (:caseId, -1, now())
                        on conflict (case_id) do nothing""")
                .param("caseId", caseId)
                .update();
        return jdbc.sql("select last_sequence from case_progress where case_id = :caseId for update")
                .param("caseId", caseId)
                .query(Long.class)
                .single();
    }

    /** The case's last applied sequence, without locking; empty for a case not seen yet. */
    public Optional<Long> lastApplied(String caseId) {
        return jdbc.sql("select last_sequence from case_progress where case_id = :caseId and last_sequence >= 0")
                .param("caseId", caseId)
                .query(Long.class)
                .optional();
    }

    void advance(String caseId, long sequence, String eventId, Instant at) {
        jdbc.sql("""
                        update case_progress set last_sequence = :sequence, last_event_id = :eventId, updated_at = :at
                        where case_id = :caseId""")
                .param("caseId", caseId)
                .param("sequence", sequence)
                .param("eventId", eventId)
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }
}
