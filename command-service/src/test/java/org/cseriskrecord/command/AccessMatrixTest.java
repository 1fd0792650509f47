package org.cseriskrecord.command;

import org.cseriskrecord.support.access.ApiService;
import org.cseriskrecord.testsupport.AccessMatrixCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.Map;

import static java.util.Map.entry;

/**
 * The access matrix, generated over the command service's real request mappings: every endpoint has a row, and every
 * demo user gets what the row says, on a Police case with a Police draft.
 */
class AccessMatrixTest extends SharedInfrastructureTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_request_mapping_has_exactly_one_row_in_the_access_matrix() {
        AccessMatrixCheck.everyMappingHasARow(ApiService.COMMAND, mappings);
    }

    @Test
    void every_role_gets_what_the_access_matrix_says_at_every_endpoint() {
        var caseId = openCase("practitioner");
        var assessmentId = startAssessment("practitioner", caseId, "2025-03-01");
        post("practitioner", "/api/assessments/" + assessmentId + "/indicators",
                Map.of("code", "HIGH_MEETING_UNKNOWN_ADULTS", "evidence", "Seen getting into a car with an adult"));
        // The manager works on the shared draft above, so the four-eyes rule would refuse their decision on it:
        // their decisions are tried on a draft of another Police case that no manager has touched.
        var otherCaseId = openCase("practitioner");
        var untouched = Map.of("caseId", otherCaseId, "assessmentId",
                startAssessment("practitioner", otherCaseId, "2025-03-01"));
        var professional = Map.of("name", "Officer Example", "jobTitle", "PC");
        // An erasure ends a case for good: it is tried on a case of its own.
        var toErase = Map.of("caseId", openCase("practitioner"));
        Map<String, Object> examples = Map.ofEntries(
                entry("POST /api/cases", Map.of("area", "COUNTY", "child", child("2011-04-02", false))),
                entry("PUT /api/cases/{caseId}/child", child("2011-04-02", false)),
                entry("PUT /api/cases/{caseId}/details", Map.of("professionals", List.of(professional))),
                entry("POST /api/cases/{caseId}/assessments", Map.of("assessmentDate", "2025-03-02")),
                entry("POST /api/cases/{caseId}/shares",
                        Map.of("agency", "Education", "reason", "The school is supporting the child")),
                entry("POST /api/cases/{caseId}/shares/{agency}/revocation",
                        Map.of("reason", "The school's support has ended")),
                entry("POST /api/cases/{caseId}/legal-hold", Map.of("reason", "Kept for care proceedings")),
                entry("POST /api/cases/{caseId}/legal-hold/lift", Map.of("reason", "Proceedings have ended")),
                entry("POST /api/cases/{caseId}/erasure",
                        new AccessMatrixCheck.Example(Map.of("reason", "Retention period ended"), toErase)),
                entry("POST /api/assessments/{assessmentId}/indicators",
                        Map.of("code", "MEDIUM_MISSING_FROM_HOME_OR_CARE", "evidence", "Missing three nights")),
                entry("POST /api/assessments/{assessmentId}/indicators/{code}/withdrawal",
                        Map.of("reason", "Recorded on the wrong child")),
                entry("POST /api/assessments/{assessmentId}/evidence",
                        Map.of("indicatorCode", "HIGH_MEETING_UNKNOWN_ADULTS", "text", "Seen again")),
                entry("PUT /api/assessments/{assessmentId}/additional-detail/{section}", Map.of("text", "More")),
                entry("PUT /api/assessments/{assessmentId}/analysis",
                        Map.of("analysis", "Grooming pattern", "assessedLevel", "HIGH")),
                entry("POST /api/assessments/{assessmentId}/learning-difficulty-confirmation",
                        Map.of("learningDifficulty", "NO")),
                entry("PUT /api/assessments/{assessmentId}/professional", professional),
                entry("POST /api/assessments/{assessmentId}/submission", Map.of()),
                entry("POST /api/assessments/{assessmentId}/discard", Map.of("reason", "Opened by mistake")),
                entry("POST /api/assessments/{assessmentId}/authorisation",
                        new AccessMatrixCheck.Example(Map.of(), untouched)),
                entry("POST /api/assessments/{assessmentId}/return",
                        new AccessMatrixCheck.Example(Map.of("reason", "Add the evidence"), untouched)));
        AccessMatrixCheck.everyUserGetsWhatTheMatrixSays(ApiService.COMMAND,
                (user, method, path, body) -> call(user, HttpMethod.valueOf(method), path, body)
                        .getStatusCode().value(),
                "Police",
                Map.of("caseId", caseId, "assessmentId", assessmentId, "code", "HIGH_MEETING_UNKNOWN_ADULTS",
                        "section", "LOW", "agency", "Education"),
                examples);
    }
}
