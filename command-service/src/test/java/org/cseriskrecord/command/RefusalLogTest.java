package org.cseriskrecord.command;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused command is an expected outcome: it leaves one log line with the refusal's kind and the request's
 * correlation id, no stack trace and nothing the user typed (the record holds special-category data about children).
 */
@ExtendWith(OutputCaptureExtension.class)
class RefusalLogTest extends SharedInfrastructureTest {

    private ResponseEntity<JsonNode> postWith(String correlationId, String path, Object body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Correlation-Id", correlationId);
        return http.withBasicAuth("practitioner", "practitioner")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static long linesWith(CapturedOutput output, String text) {
        return Arrays.stream(output.getAll().split("\\R")).filter(line -> line.contains(text)).count();
    }

    private static String lineWith(CapturedOutput output, String text) {
        return Arrays.stream(output.getAll().split("\\R")).filter(line -> line.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No log line with " + text));
    }

    @Test
    void evidence_for_an_unmarked_indicator_is_refused_with_one_line_naming_the_kind_and_the_correlation_id(
            CapturedOutput output) {
        var caseId = openCase("practitioner");
        var assessmentId = startAssessment("practitioner", caseId, "2026-11-01");
        var evidence = "Seen with an adult near the station " + UUID.randomUUID();
        var correlationId = "refusal-" + UUID.randomUUID();

        var response = postWith(correlationId, "/api/assessments/" + assessmentId + "/evidence",
                Map.of("indicatorCode", "LOW_MOOD_SWINGS", "text", evidence, "source", "School"));

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(linesWith(output, correlationId)).as(output.getAll()).isEqualTo(1);
        assertThat(lineWith(output, correlationId)).contains("Command refused", "kind=WRONG_STATE",
                "/api/assessments/{assessmentId}/evidence").doesNotContain(assessmentId);
        assertThat(output.getAll()).doesNotContain(evidence).doesNotContain("CaseRuleException");
    }

    @Test
    void a_case_refused_as_it_is_opened_leaves_one_line_and_no_stack_trace_or_child_name(CapturedOutput output) {
        var name = "Robin Refusedchild " + UUID.randomUUID();
        var childDetails = new java.util.LinkedHashMap<>(child("2099-01-01", false));
        childDetails.put("name", name);
        var correlationId = "refusal-" + UUID.randomUUID();

        var response = postWith(correlationId, "/api/cases", Map.of("area", "COUNTY", "child", childDetails));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(linesWith(output, correlationId)).as(output.getAll()).isEqualTo(1);
        assertThat(lineWith(output, correlationId)).contains("Command refused", "kind=INVALID", "POST /api/cases");
        assertThat(output.getAll()).doesNotContain(name).doesNotContain("\tat ")
                .doesNotContain("Exception occurred while trying to create an aggregate");
    }
}
