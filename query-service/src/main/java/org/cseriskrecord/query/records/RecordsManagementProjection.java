package org.cseriskrecord.query.records;

import org.cseriskrecord.events.CaseErased;
import org.cseriskrecord.events.LegalHoldLifted;
import org.cseriskrecord.events.LegalHoldPlaced;
import org.cseriskrecord.query.consumption.CaseProjection;
import org.cseriskrecord.query.consumption.ProjectedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Projection "records management": legal holds and erasures ({@code case_records}) and, on erasure, the case's
 * place in the daily retention list. Each projection erases its own personal columns when {@link CaseErased}
 * reaches it (ADR 095), this one included: it records that the case was erased and why.
 */
@Component
class RecordsManagementProjection implements CaseProjection {

    private final JdbcClient jdbc;

    RecordsManagementProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "records-management";
    }

    /** The daily retention list is not listed: the next review makes it again from the views. */
    @Override
    public java.util.List<String> tables() {
        return java.util.List.of("case_records");
    }

    @Override
    public void apply(ProjectedEvent e) {
        var at = Timestamp.from(e.occurredAt());
        if (e.event() instanceof LegalHoldPlaced) {
            upsert(e.caseId(), "legal_hold = true, legal_hold_since = :at", at);
        } else if (e.event() instanceof LegalHoldLifted) {
            upsert(e.caseId(), "legal_hold = false, legal_hold_since = null", at);
        } else if (e.event() instanceof CaseErased erased) {
            jdbc.sql("""
                            insert into case_records (case_id, erased_at, erasure_reason) values (:caseId, :at, :reason)
                            on conflict (case_id) do update set erased_at = :at, erasure_reason = :reason,
                                   legal_hold = false, legal_hold_since = null""")
                    .param("caseId", e.caseId()).param("at", at).param("reason", erased.reason())
                    .update();
            jdbc.sql("delete from retention_due where case_id = :caseId").param("caseId", e.caseId()).update();
        }
    }

    private void upsert(String caseId, String set, Timestamp at) {
        jdbc.sql("insert into case_records (case_id) values (:caseId) on conflict (case_id) do nothing")
                .param("caseId", caseId).update();
        jdbc.sql("update case_records set " + set + " where case_id = :caseId")
                .param("caseId", caseId).param("at", at).update();
    }
}
