package org.cseriskrecord.query.caselist;

import org.cseriskrecord.events.AssessmentDiscarded;
import org.cseriskrecord.events.AssessmentEvent;
import org.cseriskrecord.events.AssessmentReturned;
import org.cseriskrecord.events.ManagerAuthorised;
import org.cseriskrecord.query.consumption.CaseProjection;
import org.cseriskrecord.query.consumption.ProjectedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Projection "case list": what lists filter, sort and search on is the view {@code case_summary} over the case
 * status (V90), so nothing here copies another projection's rows or depends on running after it. Its own table is
 * who contributed to each assessment ({@code case_list_contributor}), for "awaiting my authorisation"; the agency
 * that oversees each assessment is the access projection's ({@code case_agency_assessment}).
 */
@Component
class CaseListProjection implements CaseProjection {

    private final JdbcClient jdbc;

    CaseListProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "case-list";
    }

    @Override
    public List<String> tables() {
        return List.of("case_list_contributor");
    }

    /** Contributors as the command side counts them for the four-eyes rule. */
    @Override
    public void apply(ProjectedEvent event) {
        if (!(event.event() instanceof AssessmentEvent about) || event.actor() == null) {
            return;
        }
        boolean review = about instanceof ManagerAuthorised || about instanceof AssessmentReturned
                || about instanceof AssessmentDiscarded;
        if (!review) {
            jdbc.sql("""
                            insert into case_list_contributor (assessment_id, user_id) values (:assessmentId, :userId)
                            on conflict do nothing""")
                    .param("assessmentId", about.assessmentId())
                    .param("userId", event.actor())
                    .update();
        }
    }
}
