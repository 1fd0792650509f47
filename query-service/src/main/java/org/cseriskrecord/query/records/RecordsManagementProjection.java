package org.cseriskrecord.query.records;

import org.cseriskrecord.events.CaseErased;
import org.cseriskrecord.events.LegalHoldLifted;
import org.cseriskrecord.events.LegalHoldPlaced;
import org.cseriskrecord.query.consumption.AfterRebuild;
import org.cseriskrecord.query.consumption.CaseProjection;
import org.cseriskrecord.query.consumption.ProjectedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Projection "records management": legal holds and erasures ({@code case_records}). On {@link CaseErased} it also
 * deletes, from every view of the read database, what was derived from the child's personal data; it runs after
 * every other projection, so nothing they copy for the same event survives. The rows stay, so the de-identified
 * figures (levels, dates, counts, area, agency) still count the case. The history erases its own rows
 * ({@code CaseHistoryProjection}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RecordsManagementProjection implements CaseProjection, AfterRebuild {

    /** Every personal column of the read database, by table: what erasure empties. */
    private static final java.util.List<String> ERASE = java.util.List.of(
            """
                    update case_status set child = null, professionals = '[]', placement = null,
                           other_professionals_involved = null
                    where case_id = :caseId""",
            """
                    update case_status_assessment set rationale = null, analysis = null, locations_of_concern = '[]',
                           persons_of_concern = '[]', additional_detail = '{}', returned_reason = null,
                           manager_comments = null, completed_by = null, level_rationale = null, discarded_reason = null,
                           outcome = null
                    where case_id = :caseId""",
            """
                    update case_status_evidence set text = null, source = null
                    where assessment_id in (select assessment_id from case_status_assessment where case_id = :caseId)""",
            """
                    update trend_child set date_of_birth = null, gender_code = null, ethnicity_code = null
                    where case_id = :caseId""",
            // The tool's suggestion was worked out from the child's age and learning difficulty: it goes with them.
            // The assessed and authorised levels, the dates and the agency stay.
            """
                    update trend_assessment set suggested_level = null where case_id = :caseId""",
            """
                    delete from trend_location
                    where assessment_id in (select assessment_id from trend_assessment where case_id = :caseId)""");

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
            for (var sql : ERASE) {
                jdbc.sql(sql).param("caseId", e.caseId()).update();
            }
            jdbc.sql("delete from retention_due where case_id = :caseId").param("caseId", e.caseId()).update();
        }
    }

    /** A rebuilt view forgets erased children as the live one did. */
    @Override
    public void afterRebuild() {
        var erased = jdbc.sql("select case_id from case_records where erased_at is not null").query(String.class).list();
        for (var caseId : erased) {
            for (var sql : ERASE) {
                jdbc.sql(sql).param("caseId", caseId).update();
            }
        }
    }

    private void upsert(String caseId, String set, Timestamp at) {
        jdbc.sql("insert into case_records (case_id) values (:caseId) on conflict (case_id) do nothing")
                .param("caseId", caseId).update();
        jdbc.sql("update case_records set " + set + " where case_id = :caseId")
                .param("caseId", caseId).param("at", at).update();
    }
}
