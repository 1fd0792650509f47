package org.cseriskrecord.query.asof;

import org.cseriskrecord.events.CaseEventEnvelope;
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

/**
 * The case as of a date by the assessments' own dates (boundaries inclusive), and as the record knew it at an
 * instant: before a correction of the child's details, before an authorisation, before the case was opened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseAsOfTest extends QueryServiceIntegrationTest {

    private final CaseScript script = new CaseScript(Instant.parse("2031-05-01T09:00:00Z"));
    private final String low = "asm-low-" + script.caseId;
    private final String high = "asm-high-" + script.caseId;
    private Instant beforeHighAuthorised;
    private Instant beforeCorrection;

    @BeforeAll
    void aCaseWithTwoAuthorisedAssessmentsAndACorrection() {
        List<CaseEventEnvelope> events = new ArrayList<>();
        events.add(script.next(script.opened("COUNTY", CaseScript.child("As Of", LocalDate.of(2012, 1, 1), "NO")),
                PRACTITIONER));
        assess(events, low, LocalDate.of(2031, 4, 10), "LOW");
        assess(events, high, LocalDate.of(2031, 4, 20), "HIGH");
        var authorisedHigh = script.next(script.authorised(high, "HIGH", "Agreed"), MANAGER);
        beforeHighAuthorised = authorisedHigh.occurredAt().minusSeconds(1);
        events.add(authorisedHigh);
        var correction = script.next(script.corrected(CaseScript.child("As Of", LocalDate.of(2012, 3, 3), "NO"),
                "dateOfBirth"), PRACTITIONER);
        beforeCorrection = correction.occurredAt().minusSeconds(1);
        events.add(correction);
        sendAndAwait(events);
    }

    /** Started, analysed and submitted; the LOW one also authorised. */
    private void assess(List<CaseEventEnvelope> events, String id, LocalDate date, String level) {
        events.add(script.next(script.started(id, date), PRACTITIONER));
        events.add(script.next(script.analysis(id, level, null, false), PRACTITIONER));
        events.add(script.next(script.submitted(id, new CategoryCounts(0, 0, 0, 0), level, "rule", false, level,
                List.of()), PRACTITIONER));
        if ("LOW".equals(level)) {
            events.add(script.next(script.authorised(id, level, "Agreed"), MANAGER));
        }
    }

    private com.fasterxml.jackson.databind.JsonNode asOf(String query) {
        return getJson("/api/cases/" + script.caseId + "?" + query, "practitioner");
    }

    @Test
    void before_the_first_authorised_assessment_the_level_is_null() {
        var view = asOf("asOf=2031-04-09");
        assertThat(view.get("asOf").asText()).isEqualTo("2031-04-09");
        assertThat(view.get("caseId").asText()).isEqualTo(script.caseId);
        assertThat(view.get("riskLevel").isNull()).isTrue();
        assertThat(view.get("assessments")).isEmpty();
        assertThat(view.get("knownAt").isNull()).isTrue();
    }

    @Test
    void the_level_changes_on_the_assessments_own_dates() {
        assertThat(asOf("asOf=2031-04-10").get("riskLevel").asText()).isEqualTo("LOW");
        assertThat(asOf("asOf=2031-04-10").get("riskLevelAssessmentId").asText()).isEqualTo(low);
        assertThat(asOf("asOf=2031-04-19").get("riskLevel").asText()).isEqualTo("LOW");
        var twentieth = asOf("asOf=2031-04-20");
        assertThat(twentieth.get("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(twentieth.get("riskLevelDate").asText()).isEqualTo("2031-04-20");
        assertThat(twentieth.get("assessments").findValuesAsText("assessmentId")).containsExactly(low, high);
        assertThat(twentieth.at("/assessments/1/authorisedBy").asText()).isEqualTo("manager");
    }

    @Test
    void known_at_answers_what_the_record_said_then() {
        var beforeAuthorisation = asOf("asOf=2031-04-30&knownAt=" + beforeHighAuthorised);
        assertThat(beforeAuthorisation.get("knownAt").asText()).isEqualTo(beforeHighAuthorised.toString());
        assertThat(beforeAuthorisation.get("riskLevel").asText()).isEqualTo("LOW");
        assertThat(beforeAuthorisation.at("/assessments/1/status").asText()).isEqualTo("SUBMITTED");
        assertThat(asOf("asOf=2031-04-30&knownAt=" + beforeCorrection).at("/child/dateOfBirth").asText())
                .isEqualTo("2012-01-01");
        assertThat(asOf("asOf=2031-04-30").at("/child/dateOfBirth").asText()).as("with later corrections")
                .isEqualTo("2012-03-03");
        var beforeOpened = get("/api/cases/" + script.caseId + "?asOf=2031-04-30&knownAt=2031-05-01T08:00:00Z",
                "practitioner");
        assertThat(beforeOpened.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void without_as_of_the_path_still_answers_the_current_status() {
        var current = getJson("/api/cases/" + script.caseId, "practitioner");
        assertThat(current.has("asOf")).isFalse();
        assertThat(current.get("riskLevel").asText()).isEqualTo("HIGH");
    }

    @Test
    void bad_dates_and_instants_are_problems_and_board_members_cannot_look() {
        for (String query : new String[]{"asOf=2031-13-01", "asOf=yesterday", "asOf=2031-04-30&knownAt=noon",
                "knownAt=2031-05-01T08:00:00Z"}) {
            var response = get("/api/cases/" + script.caseId + "?" + query, "practitioner");
            assertThat(response.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(get("/api/cases/" + script.caseId + "?asOf=2031-04-30", "board").getStatusCode().value())
                .isEqualTo(403);
    }
}
