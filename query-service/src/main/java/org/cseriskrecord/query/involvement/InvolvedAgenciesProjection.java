package org.cseriskrecord.query.involvement;

import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.events.CaseShareRevoked;
import org.cseriskrecord.events.CaseShared;
import org.cseriskrecord.query.consumption.CaseProjection;
import org.cseriskrecord.query.consumption.ProjectedEvent;
import org.cseriskrecord.support.access.CaseInvolvement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Optional;

/**
 * The agencies involved in each case ({@code case_agency}): the opening agency (from the envelope of
 * {@code CaseOpened}), plus those it is shared with, minus those whose share was revoked. The
 * access matrix asks it who may read a case; the case list joins its table.
 */
@Component
class InvolvedAgenciesProjection implements CaseProjection, CaseInvolvement {

    private final JdbcClient jdbc;

    InvolvedAgenciesProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(ProjectedEvent e) {
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
        if (!CASE_ID.equals(variable)) {
            throw new IllegalArgumentException("The query service addresses cases only by " + CASE_ID);
        }
        var agencies = jdbc.sql("select agency from case_agency where case_id = :caseId")
                .param("caseId", id)
                .query(String.class)
                .list();
        return agencies.isEmpty() ? Optional.empty() : Optional.of(new InvolvedAgencies(id, new HashSet<>(agencies)));
    }
}
