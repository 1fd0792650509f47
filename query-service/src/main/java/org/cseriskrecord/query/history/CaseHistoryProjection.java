package org.cseriskrecord.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cseriskrecord.casekeys.PersonalDataCipher;
import org.cseriskrecord.events.AssessmentEvent;
import org.cseriskrecord.events.CaseErased;
import org.cseriskrecord.events.CaseEventCodec;
import org.cseriskrecord.events.CaseEventTypes;
import org.cseriskrecord.events.AssessmentStarted;
import org.cseriskrecord.query.casestatus.CaseStatusProjection;
import org.cseriskrecord.query.consumption.CaseProjection;
import org.cseriskrecord.query.consumption.ProjectedEvent;
import org.cseriskrecord.query.outcome.OutcomeCalculator;
import org.springframework.core.annotation.Order;
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
@Order(CaseStatusProjection.ORDER + 20)
class CaseHistoryProjection implements CaseProjection {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final CaseEventCodec codec = new CaseEventCodec();

    CaseHistoryProjection(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
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
        jdbc.sql("""
                        insert into case_history (case_id, sequence, event_id, type, revision, occurred_at, actor, role,
                                                  agency, correlation_id, summary, data)
                        values (:caseId, :sequence, :eventId, :type, :revision, :at, :actor, :role, :agency,
                                :correlationId, :summary, cast(:data as json))
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
                .update();
    }

    /**
     * Erasure: every earlier row of the case keeps its who, when and what, but its payload loses every personal value
     * (also rows received in clear before encryption) and its sentence is written again from what is left.
     */
    private void eraseHistory(String caseId) {
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
            ObjectNode redacted;
            try {
                redacted = cipher.redact(type.get(), (ObjectNode) codec.mapper().readTree(row.data()));
            } catch (JsonProcessingException | ClassCastException ex) {
                throw new IllegalStateException("A stored history row of case " + caseId + " is not a JSON object");
            }
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
                            update case_history set data = cast(:data as json), summary = :summary
                            where case_id = :caseId and sequence = :sequence""")
                    .param("data", redacted.toString()).param("summary", summary)
                    .param("caseId", caseId).param("sequence", row.sequence())
                    .update();
        }
    }

    private Optional<String> catalogueVersion(String assessmentId) {
        return jdbc.sql("select catalogue_version from case_history_assessment where assessment_id = :id")
                .param("id", assessmentId)
                .query(String.class)
                .optional();
    }
}
