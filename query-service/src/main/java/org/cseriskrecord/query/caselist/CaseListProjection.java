package org.cseriskrecord.query.caselist;

import org.cseriskrecord.events.AssessmentDiscarded;
import org.cseriskrecord.events.AssessmentEvent;
import org.cseriskrecord.events.AssessmentReturned;
import org.cseriskrecord.events.AssessmentSubmitted;
import org.cseriskrecord.events.ManagerAuthorised;
import org.cseriskrecord.query.casestatus.CaseStatusProjection;
import org.cseriskrecord.query.casestatus.CaseStatusReader;
import org.cseriskrecord.query.consumption.CaseProjection;
import org.cseriskrecord.query.consumption.ProjectedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;

/**
 * Projection "case list": one row per case ({@code case_summary}) with what lists filter and sort on. Every event
 * of a case refreshes its row from the case status, which has been updated in the same transaction just before
 * (so the suggested level is the one the risk model gave there, not computed twice). For search it also keeps the
 * also-known-as and the persons of concern of all the case's assessments; for "awaiting my authorisation", who
 * contributed to each assessment and the agency that submitted it (V60).
 */
@Component
@Order(CaseStatusProjection.ORDER + 10)
class CaseListProjection implements CaseProjection {

    private final JdbcClient jdbc;
    private final CaseStatusReader caseStatus;

    CaseListProjection(JdbcClient jdbc, CaseStatusReader caseStatus) {
        this.jdbc = jdbc;
        this.caseStatus = caseStatus;
    }

    @Override
    public String name() {
        return "case-list";
    }

    @Override
    public java.util.List<String> tables() {
        return java.util.List.of("case_summary");
    }

    @Override
    public void apply(ProjectedEvent event) {
        caseStatus.summary(event.caseId()).ifPresent(summary -> jdbc.sql("""
                        insert into case_summary (case_id, area, child_name, date_of_birth, risk_level,
                                                  current_assessment_id, status, suggested_level, assessment_date,
                                                  updated_at, assessed_level, step_down, below_floor_with_indicators)
                        values (:caseId, :area, :childName, :dateOfBirth, :riskLevel, :assessmentId, :status,
                                :suggestedLevel, :assessmentDate, :updatedAt, :assessedLevel, :stepDown, :belowFloor)
                        on conflict (case_id) do update set
                            area = excluded.area, child_name = excluded.child_name,
                            date_of_birth = excluded.date_of_birth, risk_level = excluded.risk_level,
                            current_assessment_id = excluded.current_assessment_id, status = excluded.status,
                            suggested_level = excluded.suggested_level, assessment_date = excluded.assessment_date,
                            updated_at = excluded.updated_at, assessed_level = excluded.assessed_level,
                            step_down = excluded.step_down,
                            below_floor_with_indicators = excluded.below_floor_with_indicators""")
                .param("caseId", summary.caseId())
                .param("area", summary.area())
                .param("childName", summary.childName())
                .param("dateOfBirth", summary.dateOfBirth() == null ? null : Date.valueOf(summary.dateOfBirth()))
                .param("riskLevel", summary.riskLevel())
                .param("assessmentId", summary.currentAssessmentId())
                .param("status", summary.status())
                .param("suggestedLevel", summary.suggestedLevel())
                .param("assessmentDate", summary.assessmentDate() == null ? null : Date.valueOf(summary.assessmentDate()))
                .param("updatedAt", Timestamp.from(event.occurredAt()))
                .param("assessedLevel", summary.assessedLevel())
                .param("stepDown", summary.stepDown())
                .param("belowFloor", summary.belowFloorWithIndicators())
                .update());
        jdbc.sql("""
                        update case_summary set
                            also_known_as = (select child ->> 'alsoKnownAs' from case_status where case_id = :caseId),
                            persons_of_concern = (select string_agg(p, E'\\n')
                                                  from case_status_assessment a,
                                                       jsonb_array_elements_text(a.persons_of_concern) p
                                                  where a.case_id = :caseId)
                        where case_id = :caseId""")
                .param("caseId", event.caseId())
                .update();
        if (event.event() instanceof AssessmentEvent about) {
            recordPeople(event, about);
        }
    }

    /** Contributors as the command side counts them for the four-eyes rule; the submitting practitioner's agency. */
    private void recordPeople(ProjectedEvent event, AssessmentEvent about) {
        boolean review = about instanceof ManagerAuthorised || about instanceof AssessmentReturned
                || about instanceof AssessmentDiscarded;
        if (!review && event.actor() != null) {
            jdbc.sql("""
                            insert into case_list_contributor (assessment_id, user_id) values (:assessmentId, :userId)
                            on conflict do nothing""")
                    .param("assessmentId", about.assessmentId())
                    .param("userId", event.actor())
                    .update();
        }
        if (about instanceof AssessmentSubmitted) {
            jdbc.sql("""
                            insert into case_list_submission (assessment_id, agency) values (:assessmentId, :agency)
                            on conflict (assessment_id) do update set agency = excluded.agency""")
                    .param("assessmentId", about.assessmentId())
                    .param("agency", event.metadata().agency())
                    .update();
        }
    }
}
