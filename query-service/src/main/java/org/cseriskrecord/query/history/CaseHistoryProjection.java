package org.cseriskrecord.query.history;

import org.cseriskrecord.events.AssessmentEvent;
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

    CaseHistoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(ProjectedEvent e) {
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

    private Optional<String> catalogueVersion(String assessmentId) {
        return jdbc.sql("select catalogue_version from case_history_assessment where assessment_id = :id")
                .param("id", assessmentId)
                .query(String.class)
                .optional();
    }
}
