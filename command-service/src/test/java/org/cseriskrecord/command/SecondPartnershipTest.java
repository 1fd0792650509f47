package org.cseriskrecord.command;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another partnership's pathways, given once as {@code cse.partnership.pathways-file} (environment
 * {@code CSE_PARTNERSHIP_PATHWAYS_FILE}), decide the command service's areas and the response it records.
 */
// Its own application context beside the shared one: it must not publish too (both would hold the publisher's
// token claim, being one JVM), and it is closed after the class.
@TestPropertySource(properties = {"cse.partnership.pathways-file="
        + "../risk-model/src/test/resources/org/cseriskrecord/riskmodel/pathway/north-south.txt",
        "cse.kafka.publishing=false"})
@org.springframework.test.annotation.DirtiesContext
class SecondPartnershipTest extends SharedInfrastructureTest {

    @Test
    void a_second_partnerships_areas_and_responses_apply_to_the_cases_it_opens() {
        var refused = post("practitioner", "/api/cases", Map.of("area", "COUNTY", "child", child("2011-04-02", false)));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("detail").asText()).contains("NORTH").contains("SOUTH");

        var opened = post("practitioner", "/api/cases", Map.of("area", "NORTH", "child", child("2011-04-02", false)));
        assertThat(opened.getStatusCode().value()).isEqualTo(201);
        var caseId = opened.getBody().get("caseId").asText();
        var assessmentId = startAssessment("practitioner", caseId, "2026-11-01");
        var a = "/api/assessments/" + assessmentId;
        assertThat(post("practitioner", a + "/indicators", Map.of("code", "HIGH_MEETING_UNKNOWN_ADULTS",
                "evidence", "Seen getting into a car with an adult")).getStatusCode().value()).isEqualTo(204);
        assertThat(put("practitioner", a + "/analysis", Map.of("analysis", "Immediate risk",
                "assessedLevel", "HIGH")).getStatusCode().value()).isEqualTo(204);
        assertThat(post("practitioner", a + "/submission", null).getStatusCode().value()).isEqualTo(204);

        var submitted = jdbc.sql("""
                        select convert_from(payload, 'UTF8') from domain_event_entry
                        where aggregate_identifier = ? and payload_type = 'AssessmentSubmitted'""")
                .param(caseId).query(String.class).single();
        assertThat(submitted).contains("Same-day referral to the North Front Door");
    }
}
