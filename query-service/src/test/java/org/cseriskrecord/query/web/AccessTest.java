package org.cseriskrecord.query.web;

import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseriskrecord.query.support.Actor.PRACTITIONER;

class AccessTest extends QueryServiceIntegrationTest {

    @Test
    void every_endpoint_needs_sign_in_and_answers_a_problem_without() {
        for (String path : new String[]{"/api/cases", "/api/cases/any", "/api/cases/any/history", "/api/catalogue"}) {
            var response = get(path, null);
            assertThat(response.getStatusCode().value()).as(path).isEqualTo(401);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        var wrongPassword = rest.withBasicAuth("practitioner", "wrong").getForEntity("/api/cases", String.class);
        assertThat(wrongPassword.getStatusCode().value()).isEqualTo(401);
        assertThat(get("/actuator/health", null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void board_members_cannot_read_cases_and_other_agencies_do_not_see_them_but_the_opening_agency_and_auditors_can() {
        var script = new CaseScript(Instant.parse("2025-05-01T09:00:00Z"));
        send(script.next(script.opened("COUNTY", CaseScript.child("Pat Example", LocalDate.of(2011, 1, 1), false)),
                PRACTITIONER));
        awaitCase(script.caseId, c -> true);
        for (String path : new String[]{"/api/cases", "/api/cases/" + script.caseId,
                "/api/cases/" + script.caseId + "/history"}) {
            var board = get(path, "board");
            assertThat(board.getStatusCode().value()).as(path).isEqualTo(403);
            assertThat(board.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            for (String user : new String[]{"practitioner", "manager", "auditor"}) {
                assertThat(get(path, user).getStatusCode().value()).as(path + " as " + user).isEqualTo(200);
            }
        }
        for (String user : new String[]{"practitioner2", "manager2"}) {
            for (String path : new String[]{"/api/cases/" + script.caseId, "/api/cases/" + script.caseId + "/history"}) {
                var refused = get(path, user);
                assertThat(refused.getStatusCode().value()).as(path + " as " + user).isEqualTo(404);
                var unknown = get("/api/cases/no-such-case"
                        + path.substring(path.indexOf(script.caseId) + script.caseId.length()), user);
                var refusedProblem = (com.fasterxml.jackson.databind.node.ObjectNode) read(refused.getBody());
                var unknownProblem = (com.fasterxml.jackson.databind.node.ObjectNode) read(unknown.getBody());
                refusedProblem.remove("instance");
                unknownProblem.remove("instance");
                assertThat(refusedProblem).as("the same answer as for a case that does not exist")
                        .isEqualTo(unknownProblem);
            }
            assertThat(getJson("/api/cases?limit=500", user).findValuesAsText("caseId")).doesNotContain(script.caseId);
        }
        assertThat(getJson("/api/cases?limit=500", "auditor").findValuesAsText("caseId")).contains(script.caseId);
        assertThat(get("/api/catalogue", "board").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void an_unknown_case_is_a_not_found_problem() {
        for (String path : new String[]{"/api/cases/no-such-case", "/api/cases/no-such-case/history"}) {
            var response = get(path, "practitioner");
            assertThat(response.getStatusCode().value()).isEqualTo(404);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            var problem = read(response.getBody());
            assertThat(problem.get("status").asInt()).isEqualTo(404);
            assertThat(problem.get("title").asText()).isEqualTo("Unknown case");
            assertThat(problem.get("type").asText()).endsWith("/unknown-case");
            assertThat(problem.get("detail").asText()).isNotBlank();
        }
    }
}
