package org.cseriskrecord.query.involvement;

import org.cseriskrecord.events.AssessmentStarted;
import org.cseriskrecord.events.AssessmentSubmitted;
import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.events.CaseShareRevoked;
import org.cseriskrecord.events.CaseShared;
import org.cseriskrecord.query.consumption.CaseProjection;
import org.cseriskrecord.query.consumption.ProjectedEvent;
import org.cseriskrecord.support.access.CaseInvolvement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The agencies that hold each case ({@code case_agency}): the opening agency (from the envelope of
 * {@code CaseOpened}), plus those it is shared with, minus those whose share was revoked. The access matrix asks it
 * who may read a case; the case list and the dashboard join its table. Per assessment
 * ({@code case_agency_assessment}) its case and the agency whose managers oversee it: its author's, then whoever
 * last submitted it (ADR 022).
 */
@Component
class InvolvedAgenciesProjection implements CaseProjection, CaseInvolvement {

    private final JdbcClient jdbc;

    InvolvedAgenciesProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "involved-agencies";
    }

    @Override
    public List<String> tables() {
        return List.of("case_agency", "case_agency_assessment");
    }

    @Override
    public void apply(ProjectedEvent e) {
        if (e.event() instanceof AssessmentStarted started) {
            jdbc.sql("""
                            insert into case_agency_assessment (assessment_id, case_id, agency)
                            values (:assessmentId, :caseId, :agency)
                            on conflict do nothing""")
                    .param("assessmentId", started.assessmentId())
                    .param("caseId", e.caseId())
                    .param("agency", e.metadata().agency())
                    .update();
        } else if (e.event() instanceof AssessmentSubmitted submitted) {
            jdbc.sql("update case_agency_assessment set agency = :agency where assessment_id = :assessmentId")
                    .param("agency", e.metadata().agency())
                    .param("assessmentId", submitted.assessmentId())
                    .update();
        }
        if (e.event() instanceof CaseOpened && e.metadata().agency() != null) {
            involve(e.caseId(), e.metadata().agency());
        } else if (e.event() instanceof CaseShared shared) {
            involve(e.caseId(), shared.agency());
        } else if (e.event() instanceof CaseShareRevoked revoked) {
            jdbc.sql("delete from case_agency where case_id = :caseId and agency = :agency")
                    .param("caseId", e.caseId())
                    .param("agency", revoked.agency())
                    .update();
        }
    }

    private void involve(String caseId, String agency) {
        jdbc.sql("insert into case_agency (case_id, agency) values (:caseId, :agency) on conflict do nothing")
                .param("caseId", caseId)
                .param("agency", agency)
                .update();
    }

    @Override
    public Optional<InvolvedAgencies> find(String variable, String id) {
        var caseId = switch (variable) {
            case CASE_ID -> Optional.of(id);
            case ASSESSMENT_ID -> jdbc.sql("select case_id from case_agency_assessment where assessment_id = :id")
                    .param("id", id)
                    .query(String.class)
                    .optional();
            default -> throw new IllegalArgumentException("Cannot find a case by " + variable);
        };
        return caseId.flatMap(this::involved);
    }

    private Optional<InvolvedAgencies> involved(String caseId) {
        var agencies = jdbc.sql("select agency from case_agency where case_id = :caseId")
                .param("caseId", caseId)
                .query(String.class)
                .list();
        return agencies.isEmpty() ? Optional.empty()
                : Optional.of(new InvolvedAgencies(caseId, new HashSet<>(agencies)));
    }
}
