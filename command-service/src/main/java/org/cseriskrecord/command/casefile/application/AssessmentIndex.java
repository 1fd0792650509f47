package org.cseriskrecord.command.casefile.application;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.cseriskrecord.events.AssessmentStarted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Which case each assessment belongs to, so commands addressed to an assessment reach its case. Updated by a
 * subscribing processor, inside the transaction that stores the AssessmentStarted event: never behind, never ahead.
 */
@Component
@ProcessingGroup(AssessmentIndex.PROCESSING_GROUP)
public class AssessmentIndex {
    public static final String PROCESSING_GROUP = "assessment-index";

    private final JdbcClient jdbc;

    public AssessmentIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AssessmentStarted event) {
        jdbc.sql("insert into assessment_index (assessment_id, case_id) values (?, ?) on conflict do nothing")
                .params(event.assessmentId(), event.caseId())
                .update();
    }

    public Optional<String> caseOf(String assessmentId) {
        return jdbc.sql("select case_id from assessment_index where assessment_id = ?")
                .param(assessmentId)
                .query(String.class)
                .optional();
    }
}
