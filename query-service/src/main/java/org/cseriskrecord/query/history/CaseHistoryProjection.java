package org.cseriskrecord.query.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cseriskrecord.casekeys.PersonalDataCipher;
import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.events.AssessmentEvent;
import org.cseriskrecord.events.CaseErased;
import org.cseriskrecord.events.CaseEventCodec;
import org.cseriskrecord.events.CaseEventTypes;
import org.cseriskrecord.events.AssessmentStarted;
import org.cseriskrecord.events.CaseDetailsUpdated;
import org.cseriskrecord.events.CaseEvent;
import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.events.ChildDetailsCorrected;
import org.cseriskrecord.query.consumption.CaseProjection;
import org.cseriskrecord.query.consumption.ProjectedEvent;
import org.cseriskrecord.query.outcome.OutcomeCalculator;
import org.cseriskrecord.query.storage.StoredJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Optional;

/**
 * Projection "audit history": one row per applied event ({@code case_history}) with the actor, role, agency,
 * correlation id, time, a sentence saying what changed, and the payload as it was received (its personal values
 * still encrypted with the case's key, so erasure reaches them without touching this table).
 */
@Component
class CaseHistoryProjection implements CaseProjection {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final StoredJson json;
    private final CaseEventCodec codec;

    CaseHistoryProjection(JdbcClient jdbc, PersonalDataCipher cipher, StoredJson json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
        this.codec = json.codec();
    }

    @Override
    public String name() {
        return "audit-history";
    }

    @Override
    public java.util.List<String> tables() {
        return java.util.List.of("case_history", "case_history_assessment", "case_history_snapshot");
    }

    @Override
    public void apply(ProjectedEvent e) {
        if (e.event() instanceof CaseErased) {
            eraseHistory(e.caseId());
        }
        if (e.event() instanceof AssessmentStarted started) {
            jdbc.sql("""
                            insert into case_history_assessment (assessment_id, case_id, catalogue_version)
                            values (:assessmentId, :caseId, :version) on conflict (assessment_id) do nothing""")
                    .param("assessmentId", started.assessmentId())
                    .param("caseId", started.caseId())
                    .param("version", started.catalogueVersion())
                    .update();
        }
        var catalogue = e.event() instanceof AssessmentEvent assessment
                ? catalogueVersion(assessment.assessmentId()).flatMap(OutcomeCalculator::catalogue)
                : Optional.<org.cseriskrecord.riskmodel.catalogue.Catalogue>empty();
        var metadata = e.metadata();
        String changes = changes(e.event());
        jdbc.sql("""
                        insert into case_history (case_id, sequence, event_id, type, revision, occurred_at, actor, role,
                                                  agency, correlation_id, summary, data, changes)
                        values (:caseId, :sequence, :eventId, :type, :revision, :at, :actor, :role, :agency,
                                :correlationId, :summary, cast(:data as json), cast(:changes as jsonb))
                        on conflict (case_id, sequence) do nothing""")
                .param("caseId", e.caseId())
                .param("sequence", e.sequence())
                .param("eventId", e.eventId())
                .param("type", e.type())
                .param("revision", e.revision())
                .param("at", Timestamp.from(e.occurredAt()))
                .param("actor", metadata.userId())
                .param("role", metadata.role())
                .param("agency", metadata.agency())
                .param("correlationId", metadata.correlationId())
                .param("summary", HistorySummaries.summarise(e.event(), catalogue))
                .param("data", e.payload().toString())
                .param("changes", changes)
                .update();
    }

    /**
     * Erasure: every earlier row of the case keeps its who, when and what, but its payload loses every personal value
     * (also rows received in clear before encryption) and its sentence is written again from what is left.
     */
    private void eraseHistory(String caseId) {
        // the last known child and details, kept to compute the next correction's before/after: gone
        jdbc.sql("delete from case_history_snapshot where case_id = :caseId").param("caseId", caseId).update();
        record Row(long sequence, String type, int revision, String data) {
        }
        var rows = jdbc.sql("select sequence, type, revision, data from case_history where case_id = :caseId")
                .param("caseId", caseId)
                .query((rs, n) -> new Row(rs.getLong("sequence"), rs.getString("type"), rs.getInt("revision"),
                        rs.getString("data")))
                .list();
        for (var row : rows) {
            var type = CaseEventTypes.byWireName(row.type());
            if (type.isEmpty()) {
                continue;
            }
            if (!(json.tree(row.data(), "history row") instanceof ObjectNode data)) {
                throw new IllegalStateException("A stored history row of case " + caseId + " is not a JSON object");
            }
            ObjectNode redacted = cipher.redact(type.get(), data);
            String summary;
            try {
                var event = codec.fromJson(row.type(), row.revision(), redacted.deepCopy());
                var catalogue = event instanceof AssessmentEvent assessment
                        ? catalogueVersion(assessment.assessmentId()).flatMap(OutcomeCalculator::catalogue)
                        : Optional.<org.cseriskrecord.riskmodel.catalogue.Catalogue>empty();
                summary = HistorySummaries.summarise(event, catalogue);
            } catch (RuntimeException unreadable) {
                summary = "Recorded " + row.type() + "; its details were erased";
            }
            jdbc.sql("""
                            update case_history set data = cast(:data as json), summary = :summary, changes = null
                            where case_id = :caseId and sequence = :sequence""")
                    .param("data", redacted.toString()).param("summary", summary)
                    .param("caseId", caseId).param("sequence", row.sequence())
                    .update();
        }
    }

    /**
     * For a correction, its changes against the case's last snapshot (then the snapshot moves on); null otherwise.
     * The snapshot holds the decoded, upcast values, so before and after are compared in one revision's terms.
     */
    private String changes(CaseEvent event) {
        if (event instanceof CaseOpened opened) {
            snapshot(opened.caseId(), "child", json.toTree(opened.child()));
            snapshot(opened.caseId(), "details", details(opened.professionals(), opened.placement(),
                    opened.otherProfessionalsInvolved()));
            return null;
        }
        if (event instanceof ChildDetailsCorrected corrected) {
            JsonNode after = json.toTree(corrected.child());
            var changes = CorrectionChanges.between(snapshot(corrected.caseId(), "child"), after,
                    corrected.changedFields());
            snapshot(corrected.caseId(), "child", after);
            return changes.toString();
        }
        if (event instanceof CaseDetailsUpdated updated) {
            JsonNode after = details(updated.professionals(), updated.placement(), updated.otherProfessionalsInvolved());
            var changes = CorrectionChanges.between(snapshot(updated.caseId(), "details"), after,
                    updated.changedFields());
            snapshot(updated.caseId(), "details", after);
            return changes.toString();
        }
        return null;
    }

    private JsonNode details(Object professionals, Object placement, String otherProfessionalsInvolved) {
        var details = json.object();
        details.set("professionals", json.toTree(professionals));
        details.set("placement", json.toTree(placement));
        details.put("otherProfessionalsInvolved", otherProfessionalsInvolved);
        return details;
    }

    private JsonNode snapshot(String caseId, String column) {
        return jdbc.sql("select " + column + "::text from case_history_snapshot where case_id = :caseId")
                .param("caseId", caseId)
                .query(String.class)
                .optional()
                .map(this::tree)
                .orElse(null);
    }

    private void snapshot(String caseId, String column, JsonNode value) {
        jdbc.sql("insert into case_history_snapshot (case_id, " + column + ") values (:caseId, cast(:value as jsonb)) "
                        + "on conflict (case_id) do update set " + column + " = excluded." + column)
                .param("caseId", caseId)
                .param("value", value.toString())
                .update();
    }

    private JsonNode tree(String stored) {
        return json.tree(stored, "snapshot");
    }

    private Optional<String> catalogueVersion(String assessmentId) {
        return jdbc.sql("select catalogue_version from case_history_assessment where assessment_id = :id")
                .param("id", assessmentId)
                .query(String.class)
                .optional();
    }
}
