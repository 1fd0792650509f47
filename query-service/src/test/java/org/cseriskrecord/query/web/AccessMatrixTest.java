package org.cseriskrecord.query.web;

import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.cseriskrecord.support.access.ApiService;
import org.cseriskrecord.testsupport.AccessMatrixCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.cseriskrecord.query.support.Actor.PRACTITIONER;

/**
 * The access matrix, generated over the query service's real request mappings: every endpoint has a row, and every
 * demo user gets what the row says, on a case opened by the Police.
 */
class AccessMatrixTest extends QueryServiceIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_request_mapping_has_exactly_one_row_in_the_access_matrix() {
        AccessMatrixCheck.everyMappingHasARow(ApiService.QUERY, mappings);
    }

    @Test
    void every_role_gets_what_the_access_matrix_says_at_every_endpoint() {
        var script = new CaseScript(Instant.parse("2025-05-01T09:00:00Z"));
        var assessmentId = "assessment-" + java.util.UUID.randomUUID();
        sendAndAwait(java.util.List.of(
                script.next(script.opened("COUNTY", CaseScript.child("Pat Example", LocalDate.of(2011, 1, 1), false)),
                        PRACTITIONER),
                script.next(script.started(assessmentId, LocalDate.of(2025, 4, 30)), PRACTITIONER)));
        // a dead letter already re-driven, so an administrator's re-drive reaches the controller (409)
        long deadLetterId = jdbc.sql("""
                        insert into dead_letter (case_id, sequence, event_id, type, record_value, kafka_topic,
                            kafka_partition, kafka_offset, reason, attempts, dead_lettered_at, last_attempt_at,
                            resolved_at)
                        values (:caseId, 0, 'access-matrix-example', 'CaseOpened', '{}', 'cse.case-events', 0, 0,
                                'an example', 2, now(), now(), now())
                        returning id""")
                .param("caseId", "case-" + java.util.UUID.randomUUID())
                .query(Long.class).single();
        AccessMatrixCheck.everyUserGetsWhatTheMatrixSays(ApiService.QUERY, this::status, "Police",
                Map.of("caseId", script.caseId, "assessmentId", assessmentId, "version", CaseScript.CATALOGUE,
                        // a real projection, so an administrator's rebuild reaches the controller
                        "name", "board-trends", "deadLetterId", Long.toString(deadLetterId)),
                Map.of("POST /api/admin/projections/{name}/rebuild", Map.of(),
                        "POST /api/admin/dead-letters/{deadLetterId}/redrive", Map.of()));
    }

    private int status(String user, String method, String path, Object body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var client = user == null ? rest : rest.withBasicAuth(user, user);
        return client.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(body, headers), String.class)
                .getStatusCode().value();
    }
}
