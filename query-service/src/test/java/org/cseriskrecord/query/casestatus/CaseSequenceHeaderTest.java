package org.cseriskrecord.query.casestatus;

import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseriskrecord.query.support.Actor.PRACTITIONER;

/** The case status says which of the case's events it includes, so web-ui can wait for a user's own change. */
class CaseSequenceHeaderTest extends QueryServiceIntegrationTest {

    @Test
    void the_case_status_carries_the_sequence_it_has_applied() {
        var script = new CaseScript(Instant.parse("2030-02-01T09:00:00Z"));
        sendAll(script.next(script.opened("CITY", CaseScript.child("Di Sequence", LocalDate.of(2012, 2, 2), false)),
                PRACTITIONER));
        awaitCase(script.caseId, s -> true);
        assertThat(get("/api/cases/" + script.caseId, "practitioner").getHeaders().getFirst("X-Case-Sequence"))
                .isEqualTo("0");

        var started = script.next(script.started("asm-" + script.caseId, LocalDate.of(2030, 2, 1)), PRACTITIONER);
        sendAll(started);
        awaitCase(script.caseId, s -> s.get("currentAssessment").isObject());
        assertThat(get("/api/cases/" + script.caseId, "practitioner").getHeaders().getFirst("X-Case-Sequence"))
                .isEqualTo(Long.toString(started.sequence())).isEqualTo("1");
    }
}
