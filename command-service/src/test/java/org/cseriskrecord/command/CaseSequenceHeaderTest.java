package org.cseriskrecord.command;

import org.cseriskrecord.command.casefile.application.StoredSequences;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every change answers with the case's sequence after it, so web-ui can wait for the read side to show it. */
class CaseSequenceHeaderTest extends SharedInfrastructureTest {

    @Autowired
    StoredSequences stored;

    @Test
    void each_change_answers_with_the_sequence_of_the_cases_last_event() {
        var opened = post("practitioner", "/api/cases", Map.of("area", "CITY", "child", child("2011-04-02", false)));
        assertThat(opened.getStatusCode().value()).isEqualTo(201);
        var caseId = opened.getBody().get("caseId").asText();
        assertThat(opened.getHeaders().getFirst("X-Case-Sequence")).isEqualTo("0");

        var corrected = put("practitioner", "/api/cases/" + caseId + "/child", child("2011-04-03", true));
        assertThat(corrected.getStatusCode().value()).isEqualTo(204);
        assertThat(corrected.getHeaders().getFirst("X-Case-Sequence"))
                .isEqualTo(Long.toString(storedEvents(caseId) - 1)).isEqualTo("1");

        var started = post("practitioner", "/api/cases/" + caseId + "/assessments",
                Map.of("assessmentDate", "2026-01-05"));
        var assessmentId = started.getBody().get("assessmentId").asText();
        assertThat(started.getHeaders().getFirst("X-Case-Sequence")).isEqualTo("2");
        var discarded = post("practitioner", "/api/assessments/" + assessmentId + "/discard",
                Map.of("reason", "Started on the wrong case"));
        assertThat(discarded.getStatusCode().value()).isEqualTo(204);
        assertThat(discarded.getHeaders().getFirst("X-Case-Sequence")).isEqualTo("3");
        assertThat(stored.following()).as("nothing is kept once a command has answered").isZero();
    }

    @Test
    void a_change_refused_by_the_case_keeps_nothing_and_carries_no_sequence() {
        var caseId = openCase("practitioner");
        var assessmentId = startAssessment("practitioner", caseId, "2026-01-05");
        var discarded = post("practitioner", "/api/assessments/" + assessmentId + "/discard",
                Map.of("reason", "Started on the wrong case"));
        assertThat(discarded.getStatusCode().value()).isEqualTo(204);

        var again = post("practitioner", "/api/assessments/" + assessmentId + "/discard",
                Map.of("reason", "Started on the wrong case"));

        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getHeaders().getFirst("X-Case-Sequence")).isNull();
        assertThat(stored.following()).isZero();
    }

    @Test
    void a_refused_change_carries_no_sequence() {
        var refused = post("practitioner", "/api/cases", Map.of("area", "CITY"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getFirst("X-Case-Sequence")).isNull();
    }
}
