package org.cseriskrecord.query.dashboard;

import org.cseriskrecord.events.AssessmentStarted;
import org.cseriskrecord.events.AssessmentSubmitted;
import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.query.casestatus.CaseStatusProjection;
import org.cseriskrecord.query.consumption.CaseProjection;
import org.cseriskrecord.query.consumption.ProjectedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projection "dashboard": per case its area, level and the date reviews fall due from, the agencies involved, and
 * per assessment its status, suggestion, judgement and flags. Every event of a case refreshes the case's rows from
 * the case status, updated just before in the same transaction (a correction of the child's details changes the
 * suggestion of a draft, so every assessment of the case is refreshed, not only the event's).
 */
@Component
@Order(CaseStatusProjection.ORDER + 40)
class DashboardProjection implements CaseProjection {

    private final JdbcClient jdbc;

    DashboardProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "dashboard";
    }

    @Override
    public java.util.List<String> tables() {
        return java.util.List.of("dashboard_assessment", "dashboard_case_agency", "dashboard_case");
    }

    @Override
    public void apply(ProjectedEvent e) {
        var event = e.event();
        String agency = e.metadata().agency();
        if (event instanceof CaseOpened || event instanceof AssessmentStarted
                || event instanceof AssessmentSubmitted) {
            involve(e.caseId(), agency);
        }
        jdbc.sql("""
                        insert into dashboard_case (case_id, area, risk_level, risk_level_date, risk_level_assessment_id,
                                                    current_assessment_id)
                        select c.case_id, c.area, c.risk_level, a.assessment_date, c.risk_level_assessment_id,
                               c.current_assessment_id
                        from case_status c
                        left join case_status_assessment a on a.assessment_id = c.risk_level_assessment_id
                        where c.case_id = :caseId
                        on conflict (case_id) do update set
                            area = excluded.area, risk_level = excluded.risk_level,
                            risk_level_date = excluded.risk_level_date,
                            risk_level_assessment_id = excluded.risk_level_assessment_id,
                            current_assessment_id = excluded.current_assessment_id""")
                .param("caseId", e.caseId())
                .update();
        jdbc.sql("""
                        -- a new row can only be the started assessment: its agency is the author's
                        insert into dashboard_assessment (assessment_id, case_id, agency, status, suggested_level,
                                                          assessed_level, submitted_at, step_down,
                                                          below_floor_with_indicators)
                        select assessment_id, case_id, :agency, status, outcome ->> 'suggestedLevel', assessed_level,
                               submitted_at, step_down, below_floor_with_indicators
                        from case_status_assessment where case_id = :caseId
                        on conflict (assessment_id) do update set
                            status = excluded.status, suggested_level = excluded.suggested_level,
                            assessed_level = excluded.assessed_level, submitted_at = excluded.submitted_at,
                            step_down = excluded.step_down,
                            below_floor_with_indicators = excluded.below_floor_with_indicators""")
                .param("agency", agency)
                .param("caseId", e.caseId())
                .update();
        if (event instanceof AssessmentSubmitted submitted) {
            jdbc.sql("update dashboard_assessment set agency = :agency where assessment_id = :id")
                    .param("agency", agency)
                    .param("id", submitted.assessmentId())
                    .update();
        }
    }

    private void involve(String caseId, String agency) {
        if (agency == null) {
            return;
        }
        jdbc.sql("insert into dashboard_case_agency (case_id, agency) values (:caseId, :agency) on conflict do nothing")
                .param("caseId", caseId)
                .param("agency", agency)
                .update();
    }
}
