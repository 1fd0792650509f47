package org.cseriskrecord.command;

import org.cseriskrecord.casekeys.CaseKeys;
import org.cseriskrecord.casekeys.PersonalDataCipher;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure and legal holds on the command side: only the ADMIN may erase or hold a case; a held case cannot be
 * erased; erasure destroys the case's key, so every stored and published copy of the child's personal data is
 * unreadable, and nothing more can be recorded for the case.
 */
class ErasureTest extends SharedInfrastructureTest {
    private static final String NAME = "Hyacinth Overbury-Strand";
    private static final Map<String, String> REASON = Map.of("reason", "Retention period ended; no legal hold");

    @Autowired
    CaseKeys keys;
    @Autowired
    PersonalDataCipher cipher;

    private String openDistinctiveCase() {
        var child = new HashMap<>(child("2011-04-02", false));
        child.put("name", NAME);
        var response = post("practitioner", "/api/cases", Map.of("area", "COUNTY", "child", child));
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        return response.getBody().get("caseId").asText();
    }

    private int status(String user, String path, Object body) {
        return post(user, path, body).getStatusCode().value();
    }

    @Test
    void only_the_admin_may_erase_or_hold_a_case() {
        var caseId = openDistinctiveCase();
        for (var user : List.of("practitioner", "manager", "board", "auditor")) {
            assertThat(status(user, "/api/cases/" + caseId + "/erasure", REASON)).as(user).isEqualTo(403);
            assertThat(status(user, "/api/cases/" + caseId + "/legal-hold", REASON)).as(user).isEqualTo(403);
        }
        assertThat(keys.isDestroyed(caseId)).isFalse();
        assertThat(storedEvents(caseId)).isEqualTo(1);
    }

    @Test
    void a_case_under_legal_hold_is_not_erased_until_the_hold_is_lifted() {
        var caseId = openDistinctiveCase();
        assertThat(status("admin", "/api/cases/" + caseId + "/legal-hold", Map.of("reason", "Proceedings")))
                .isEqualTo(204);
        assertThat(status("admin", "/api/cases/" + caseId + "/legal-hold", Map.of("reason", "Again")))
                .as("already held").isEqualTo(409);
        var refused = post("admin", "/api/cases/" + caseId + "/erasure", REASON);
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody().get("detail").asText()).contains("legal hold");
        assertThat(keys.isDestroyed(caseId)).isFalse();

        assertThat(status("admin", "/api/cases/" + caseId + "/legal-hold/lift", Map.of("reason", "Concluded")))
                .isEqualTo(204);
        assertThat(status("admin", "/api/cases/" + caseId + "/erasure", REASON)).isEqualTo(204);
        assertThat(keys.isDestroyed(caseId)).isTrue();
    }

    @Test
    void erasure_destroys_the_key_so_no_copy_of_the_personal_data_can_be_read_and_nothing_more_is_recorded() {
        var caseId = openDistinctiveCase();
        var assessmentId = startAssessment("practitioner", caseId, "2026-01-10");
        assertThat(status("practitioner", "/api/assessments/" + assessmentId + "/indicators",
                Map.of("code", "LOW_MOOD_SWINGS", "evidence", "Seen with " + NAME + "'s older friend"))).isEqualTo(204);
        assertThat(status("admin", "/api/cases/" + caseId + "/erasure", Map.of("reason", " "))).as("no reason")
                .isEqualTo(400);

        assertThat(status("admin", "/api/cases/" + caseId + "/erasure", REASON)).isEqualTo(204);

        assertThat(keys.isDestroyed(caseId)).isTrue();
        var stored = jdbc.sql("select convert_from(payload, 'UTF8') from domain_event_entry where "
                + "aggregate_identifier = ? order by sequence_number").param(caseId).query(String.class).list();
        assertThat(stored).hasSize(4);
        assertThat(stored.get(3)).contains("Retention period ended").doesNotContain("$enc");
        for (var payload : stored) {
            assertThat(payload).doesNotContain(NAME);
            var read = cipher.decrypt(caseId, readJson(payload));
            assertThat(read.toString()).doesNotContain(NAME).doesNotContain("$enc");
        }
        var topic = topicRecordsOf(caseId, 4);
        assertThat(header(topic.get(topic.size() - 1), CaseEventEnvelope.Headers.TYPE)).isEqualTo("CaseErased");
        topic.forEach(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain(NAME));

        // Nothing more for this case: every change, and a second erasure, is refused as gone.
        assertThat(status("practitioner", "/api/assessments/" + assessmentId + "/indicators",
                Map.of("code", "LOW_ABSENT_FROM_SCHOOL"))).isEqualTo(410);
        assertThat(status("practitioner", "/api/cases/" + caseId + "/assessments",
                Map.of("assessmentDate", "2026-01-11"))).isEqualTo(410);
        assertThat(status("admin", "/api/cases/" + caseId + "/erasure", REASON)).isEqualTo(410);
        assertThat(storedEvents(caseId)).isEqualTo(4);
    }

    @Test
    void erasing_a_case_that_does_not_exist_is_404_and_creates_no_key() {
        var caseId = java.util.UUID.randomUUID().toString();
        assertThat(status("admin", "/api/cases/" + caseId + "/erasure", REASON)).isEqualTo(404);
        assertThat(keys.isDestroyed(caseId)).isFalse();
    }

    private com.fasterxml.jackson.databind.JsonNode readJson(String text) {
        try {
            return json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
