package org.cseriskrecord.query.accesslog;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.events.CaseShareRevoked;
import org.cseriskrecord.events.CaseShared;
import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.cseriskrecord.query.support.Actor.MANAGER;
import static org.cseriskrecord.query.support.Actor.PRACTITIONER;

/**
 * Need-to-know on the read side, over real PostgreSQL and Kafka: another agency cannot read or list a case until it
 * is shared, can after, cannot after revocation; every read and refusal is in the access log with the right user and
 * agency; the log's rows cannot be changed or removed.
 */
class NeedToKnowScenarioTest extends QueryServiceIntegrationTest {

    @Autowired
    AccessLogStore store;

    @Test
    void health_reads_a_police_case_only_while_it_is_shared_and_every_read_and_refusal_is_logged() {
        var script = new CaseScript(Instant.parse("2025-06-01T09:00:00Z"));
        var caseId = script.caseId;
        var status = "/api/cases/" + caseId;
        send(script.next(script.opened("COUNTY", CaseScript.child("Robin Example", LocalDate.of(2010, 6, 1), false)),
                PRACTITIONER));
        awaitCase(caseId, c -> true);

        assertThat(get(status, "practitioner2").getStatusCode().value()).isEqualTo(404);
        assertThat(get(status + "/history", "practitioner2").getStatusCode().value()).isEqualTo(404);
        assertThat(caseIdsListedFor("practitioner2")).doesNotContain(caseId);

        sendAndAwait(List.of(script.next(new CaseShared(caseId, "Health", "The school nurse works with the child"),
                PRACTITIONER)));
        assertThat(get(status, "practitioner2").getStatusCode().value()).isEqualTo(200);
        assertThat(get(status + "/history", "manager2").getStatusCode().value()).isEqualTo(200);
        assertThat(caseIdsListedFor("practitioner2")).contains(caseId);

        sendAndAwait(List.of(script.next(new CaseShareRevoked(caseId, "Health", "The nurse's work has ended"),
                MANAGER)));
        assertThat(get(status, "practitioner2").getStatusCode().value()).isEqualTo(404);
        assertThat(caseIdsListedFor("practitioner2")).doesNotContain(caseId);
        assertThat(get(status, "board").getStatusCode().value()).isEqualTo(403);
        assertThat(get(status, "auditor").getStatusCode().value()).isEqualTo(200);

        var log = getJson(status + "/access-log", "auditor");
        var lines = StreamSupport.stream(log.spliterator(), false)
                .map(e -> e.get("user").asText() + " " + e.get("agency").asText() + " " + e.get("role").asText()
                        + " " + e.get("action").asText() + " " + e.get("outcome").asText())
                .toList();
        assertThat(lines).containsSubsequence(
                // newest first
                "practitioner2 Health PRACTITIONER VIEW_CASE DENIED",
                "manager2 Health MANAGER VIEW_HISTORY ALLOWED",
                "practitioner2 Health PRACTITIONER VIEW_CASE ALLOWED",
                "practitioner2 Health PRACTITIONER VIEW_HISTORY DENIED",
                "practitioner2 Health PRACTITIONER VIEW_CASE DENIED");
        assertThat(lines).contains("board null BOARD VIEW_CASE DENIED", "auditor null AUDITOR VIEW_CASE ALLOWED");
        assertThat(log.get(0).fieldNames()).toIterable()
                .containsExactly("at", "user", "role", "agency", "action", "outcome");
        var times = StreamSupport.stream(log.spliterator(), false).map(e -> Instant.parse(e.get("at").asText()))
                .toList();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        var byUser = getJson("/api/access-log?user=practitioner2&from=" + LocalDate.now().minusDays(1), "auditor");
        assertThat(byUser.findValuesAsText("user")).isNotEmpty().allMatch("practitioner2"::equals);
        assertThat(byUser.findValuesAsText("caseId")).contains(caseId);
        assertThat(getJson("/api/access-log?user=practitioner2&to=2000-01-01", "auditor")).isEmpty();
        assertThat(get("/api/access-log?from=yesterday", "auditor").getStatusCode().value()).isEqualTo(400);
        assertThat(get("/api/access-log", "practitioner").getStatusCode().value()).isEqualTo(403);
        assertThat(get(status + "/access-log", "manager").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void the_database_refuses_to_change_or_remove_an_access_log_row() {
        var script = new CaseScript(Instant.parse("2025-06-02T09:00:00Z"));
        assertThat(get("/api/cases/" + script.caseId, "practitioner").getStatusCode().value()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(10)).until(() -> !store.ofCase(script.caseId).isEmpty());
        for (var statement : List.of(
                "update access_log set outcome = 'ALLOWED' where case_id = :caseId",
                "update access_log set user_id = 'someone-else' where case_id = :caseId",
                "delete from access_log where case_id = :caseId")) {
            assertThatThrownBy(() -> jdbc.sql(statement).param("caseId", script.caseId).update())
                    .as(statement)
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("append-only");
        }
        assertThatThrownBy(() -> jdbc.sql("truncate access_log").update()).hasMessageContaining("append-only");
        assertThat(store.ofCase(script.caseId)).singleElement()
                .satisfies(e -> assertThat(e.outcome().name()).isEqualTo("DENIED"));
    }

    private List<String> caseIdsListedFor(String user) {
        JsonNode list = getJson("/api/cases?limit=500", user);
        return list.findValuesAsText("caseId");
    }
}
