package org.cseriskrecord.command.casefile.application;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.events.CaseShareRevoked;
import org.cseriskrecord.events.CaseShared;
import org.cseriskrecord.events.EventMetadata;
import org.cseriskrecord.support.access.CaseInvolvement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Optional;

/**
 * Which agencies each case involves, for the access matrix: updated by a subscribing processor inside the
 * transaction that stores the events, so it is never behind the case it describes.
 */
@Component
@ProcessingGroup(CaseInvolvementIndex.PROCESSING_GROUP)
public class CaseInvolvementIndex implements CaseInvolvement {
    public static final String PROCESSING_GROUP = "case-involvement";

    private final JdbcClient jdbc;
    private final AssessmentIndex assessments;

    public CaseInvolvementIndex(JdbcClient jdbc, AssessmentIndex assessments) {
        this.jdbc = jdbc;
        this.assessments = assessments;
    }

    @EventHandler
    void on(CaseOpened event, MetaData metaData) {
        involve(event.caseId(), EventMetadata.from(metaData).agency());
    }

    @EventHandler
    void on(CaseShared event) {
        involve(event.caseId(), event.agency());
    }

    @EventHandler
    void on(CaseShareRevoked event) {
        jdbc.sql("delete from case_involvement where case_id = ? and agency = ?")
                .params(event.caseId(), event.agency())
                .update();
    }

    private void involve(String caseId, String agency) {
        if (agency == null) {
            throw new IllegalStateException("An event that involves an agency in a case names no agency");
        }
        jdbc.sql("insert into case_involvement (case_id, agency) values (?, ?) on conflict do nothing")
                .params(caseId, agency)
                .update();
    }

    @Override
    public Optional<InvolvedAgencies> find(String variable, String id) {
        var caseId = switch (variable) {
            case CASE_ID -> Optional.of(id);
            case ASSESSMENT_ID -> assessments.caseOf(id);
            default -> throw new IllegalArgumentException("Cannot find a case by " + variable);
        };
        return caseId.flatMap(this::involved);
    }

    private Optional<InvolvedAgencies> involved(String caseId) {
        var agencies = jdbc.sql("select agency from case_involvement where case_id = ?")
                .param(caseId)
                .query(String.class)
                .list();
        return agencies.isEmpty() ? Optional.empty() : Optional.of(new InvolvedAgencies(caseId, new HashSet<>(agencies)));
    }
}
