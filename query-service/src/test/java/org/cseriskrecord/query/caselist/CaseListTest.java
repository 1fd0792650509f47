package org.cseriskrecord.query.caselist;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.riskmodel.rules.CategoryCounts;
import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseriskrecord.query.support.Actor.MANAGER;
import static org.cseriskrecord.query.support.Actor.PRACTITIONER;
import static org.cseriskrecord.query.support.CaseScript.evidence;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseListTest extends QueryServiceIntegrationTest {

    private CaseScript countyHigh;
    private CaseScript cityDraft;
    private CaseScript citySubmitted;

    /** Three cases: COUNTY authorised HIGH (oldest), CITY draft, CITY submitted (newest). */
    @BeforeAll
    void threeCases() {
        countyHigh = new CaseScript(Instant.parse("2030-01-01T09:00:00Z"));
        var a = "asm-" + countyHigh.caseId;
        sendAll(
                countyHigh.next(countyHigh.opened("COUNTY", CaseScript.child("Ali High", LocalDate.of(2008, 8, 8), false)),
                        PRACTITIONER),
                countyHigh.next(countyHigh.started(a, LocalDate.of(2029, 12, 31)), PRACTITIONER),
                countyHigh.next(countyHigh.marked(a, "Meeting unknown adults", evidence("Met an adult")), PRACTITIONER),
                countyHigh.next(countyHigh.analysis(a, "HIGH", null, false), PRACTITIONER),
                countyHigh.next(countyHigh.submitted(a, new CategoryCounts(0, 0, 0, 1), "HIGH",
                        "1 HIGH indicator: Meeting unknown adults", false, "HIGH", List.of()), PRACTITIONER),
                countyHigh.next(countyHigh.authorised(a, "HIGH", null), MANAGER));
        cityDraft = new CaseScript(Instant.parse("2030-01-02T09:00:00Z"));
        sendAll(
                cityDraft.next(cityDraft.opened("CITY", CaseScript.child("Bo Draft", LocalDate.of(2009, 9, 9), false)),
                        PRACTITIONER),
                cityDraft.next(cityDraft.started("asm-" + cityDraft.caseId, LocalDate.of(2030, 1, 2)), PRACTITIONER));
        citySubmitted = new CaseScript(Instant.parse("2030-01-03T09:00:00Z"));
        var c = "asm-" + citySubmitted.caseId;
        sendAll(
                citySubmitted.next(citySubmitted.opened("CITY", CaseScript.child("Cy Submitted", LocalDate.of(2010, 10, 10), false)),
                        PRACTITIONER),
                citySubmitted.next(citySubmitted.started(c, LocalDate.of(2030, 1, 3)), PRACTITIONER),
                citySubmitted.next(citySubmitted.analysis(c, "NONE", null, false), PRACTITIONER),
                citySubmitted.next(citySubmitted.submitted(c, new CategoryCounts(0, 0, 0, 0), "NONE",
                        "No identified risk", false, "NONE", List.of()), PRACTITIONER));
        awaitCase(countyHigh.caseId, s -> "HIGH".equals(s.path("riskLevel").asText()));
        awaitCase(cityDraft.caseId, s -> s.get("currentAssessment").isObject());
        awaitCase(citySubmitted.caseId, s -> "SUBMITTED".equals(s.at("/currentAssessment/status").asText()));
    }

    @Test
    void the_list_shows_each_case_summary_most_recently_updated_first() {
        var all = getJson("/api/cases?limit=500", "practitioner");
        var ours = ids(all).stream()
                .filter(id -> List.of(countyHigh.caseId, cityDraft.caseId, citySubmitted.caseId).contains(id))
                .toList();
        assertThat(ours).containsExactly(citySubmitted.caseId, cityDraft.caseId, countyHigh.caseId);
        var high = entry(all, countyHigh.caseId);
        assertThat(high.get("area").asText()).isEqualTo("COUNTY");
        assertThat(high.get("childName").asText()).isEqualTo("Ali High");
        assertThat(high.get("dateOfBirth").asText()).isEqualTo("2008-08-08");
        assertThat(high.get("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(high.get("currentAssessmentId").asText()).isEqualTo("asm-" + countyHigh.caseId);
        assertThat(high.get("status").asText()).isEqualTo("AUTHORISED");
        assertThat(high.get("suggestedLevel").asText()).isEqualTo("HIGH");
        assertThat(high.get("assessmentDate").asText()).isEqualTo("2029-12-31");
        assertThat(high.get("updatedAt").asText()).isEqualTo("2030-01-01T09:06:00Z");
        var draft = entry(all, cityDraft.caseId);
        assertThat(draft.get("riskLevel").isNull()).isTrue();
        assertThat(draft.get("suggestedLevel").asText()).isEqualTo("NONE");
    }

    @Test
    void filters_select_by_risk_level_status_and_area() {
        assertThat(ids(getJson("/api/cases?riskLevel=HIGH&limit=500", "practitioner")))
                .contains(countyHigh.caseId).doesNotContain(cityDraft.caseId, citySubmitted.caseId);
        assertThat(ids(getJson("/api/cases?status=DRAFT&limit=500", "manager")))
                .contains(cityDraft.caseId).doesNotContain(countyHigh.caseId, citySubmitted.caseId);
        assertThat(ids(getJson("/api/cases?area=CITY&limit=500", "auditor")))
                .contains(cityDraft.caseId, citySubmitted.caseId).doesNotContain(countyHigh.caseId);
        assertThat(ids(getJson("/api/cases?area=CITY&status=SUBMITTED&limit=500", "practitioner")))
                .contains(citySubmitted.caseId).doesNotContain(cityDraft.caseId, countyHigh.caseId);
        getJson("/api/cases?riskLevel=HIGH", "practitioner")
                .forEach(c -> assertThat(c.get("riskLevel").asText()).isEqualTo("HIGH"));
    }

    @Test
    void limit_and_offset_page() {
        var firstTwo = ids(getJson("/api/cases?limit=2", "practitioner"));
        var next = ids(getJson("/api/cases?limit=2&offset=1", "practitioner"));
        assertThat(firstTwo).hasSize(2);
        assertThat(next.get(0)).isEqualTo(firstTwo.get(1));
    }

    @Test
    void an_invalid_filter_value_is_a_bad_request_naming_the_parameter_and_the_allowed_values() {
        assertInvalid("/api/cases?riskLevel=SEVERE", "riskLevel", "NONE, LOW, MEDIUM, HIGH");
        assertInvalid("/api/cases?status=OPEN", "status", "DRAFT, SUBMITTED, RETURNED, AUTHORISED");
        assertInvalid("/api/cases?area=LONDON", "area", "COUNTY, CITY");
        assertInvalid("/api/cases?limit=501", "limit", "1 to 500");
        assertInvalid("/api/cases?offset=-1", "offset", "at least 0");
    }

    private void assertInvalid(String path, String parameter, String allowed) {
        var response = get(path, "practitioner");
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        var problem = read(response.getBody());
        assertThat(problem.get("detail").asText()).contains("'" + parameter + "'").contains(allowed);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo(parameter);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(c -> ids.add(c.get("caseId").asText()));
        return ids;
    }

    private static JsonNode entry(JsonNode list, String caseId) {
        for (JsonNode c : list) {
            if (c.get("caseId").asText().equals(caseId)) {
                return c;
            }
        }
        throw new AssertionError("No entry for " + caseId);
    }
}
