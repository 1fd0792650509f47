package org.cseriskrecord.query.changes;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.events.CarriedForwardIndicator;
import org.cseriskrecord.riskmodel.rules.CategoryCounts;
import org.cseriskrecord.events.Evidence;
import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseriskrecord.query.support.Actor.MANAGER;
import static org.cseriskrecord.query.support.Actor.PRACTITIONER;
import static org.cseriskrecord.query.support.CaseScript.code;

/** What a reassessment changed against the child's previous authorised assessment, and what a correction changed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentChangesTest extends QueryServiceIntegrationTest {

    private final CaseScript script = new CaseScript(Instant.parse("2031-03-01T09:00:00Z"));
    private final String first = "asm-1-" + script.caseId;
    private final String second = "asm-2-" + script.caseId;
    private final Evidence adults = CaseScript.evidence("Seen getting into cars with unknown adults");
    private final Evidence late = CaseScript.evidence("Home after midnight three times");
    private final Evidence mood = CaseScript.evidence("Sudden mood changes at school");
    private final Evidence moreAdults = CaseScript.evidence("Seen again with the same adults");

    @BeforeAll
    void aChildAssessedTwice() {
        var child = CaseScript.child("Changes Child", LocalDate.of(2012, 1, 1), "NO");
        var corrected = CaseScript.child("Changes Child", LocalDate.of(2012, 2, 1), "NO");
        sendAndAwait(List.of(
                script.next(script.opened("CITY", child), PRACTITIONER),
                script.next(script.started(first, LocalDate.of(2031, 1, 10)), PRACTITIONER),
                script.next(script.marked(first, "Meeting unknown adults", adults), PRACTITIONER),
                script.next(script.marked(first, "Returning home late", late), PRACTITIONER),
                script.next(script.analysis(first, "HIGH", null, false), PRACTITIONER),
                script.next(script.submitted(first, new CategoryCounts(0, 1, 0, 1), "HIGH", "rule", false, "HIGH",
                        List.of()), PRACTITIONER),
                script.next(script.authorised(first, "HIGH", "Agreed"), MANAGER),
                script.next(script.corrected(corrected, "dateOfBirth"), PRACTITIONER),
                script.next(script.reassessment(second, LocalDate.of(2031, 2, 20), first, List.of(
                        new CarriedForwardIndicator(code("Meeting unknown adults"), "HIGH", List.of(adults)),
                        new CarriedForwardIndicator(code("Returning home late"), "LOW", List.of(late)))),
                        PRACTITIONER),
                script.next(script.marked(second, "Meeting unknown adults", null), PRACTITIONER),
                script.next(script.withdrawn(second, "Returning home late", "Now home on time every night"),
                        PRACTITIONER),
                script.next(script.marked(second, "Mood swings", mood), PRACTITIONER),
                script.next(script.evidenceAdded(second, "Meeting unknown adults", moreAdults), PRACTITIONER),
                script.next(script.analysis(second, "MEDIUM", "The safety plan is working", true), PRACTITIONER),
                script.next(script.submitted(second, new CategoryCounts(1, 0, 0, 1), "HIGH", "rule", "MEDIUM",
                        List.of(), "HIGH", false, false, "NO", "HIGH", true), PRACTITIONER),
                script.next(script.authorised(second, "MEDIUM", "MEDIUM", null, "HIGH", List.of(), "HIGH", true,
                        false), MANAGER)));
    }

    @Test
    void a_reassessment_shows_indicators_added_withdrawn_with_their_reason_and_kept_and_the_levels_before_and_after() {
        var changes = getJson("/api/assessments/" + second + "/changes", "manager");
        assertThat(changes.get("caseId").asText()).isEqualTo(script.caseId);
        assertThat(changes.get("previousAssessmentId").asText()).isEqualTo(first);
        assertThat(changes.get("previousAssessmentDate").asText()).isEqualTo("2031-01-10");
        assertThat(changes.get("assessmentDate").asText()).isEqualTo("2031-02-20");
        assertThat(changes.at("/indicators/added").findValuesAsText("label")).containsExactly("Mood swings");
        assertThat(changes.at("/indicators/kept").findValuesAsText("label")).containsExactly("Meeting unknown adults");
        var withdrawn = changes.at("/indicators/withdrawn");
        assertThat(withdrawn).hasSize(1);
        assertThat(withdrawn.at("/0/label").asText()).isEqualTo("Returning home late");
        assertThat(withdrawn.at("/0/reason").asText()).isEqualTo("Now home on time every night");
        assertThat(withdrawn.at("/0/withdrawnBy").asText()).isEqualTo("practitioner");
        assertThat(changes.get("evidenceAdded").findValuesAsText("text"))
                .containsExactlyInAnyOrder(mood.text(), moreAdults.text());
        assertThat(changes.at("/suggestedLevel/before").asText()).isEqualTo("HIGH");
        assertThat(changes.at("/suggestedLevel/after").asText()).isEqualTo("HIGH");
        assertThat(changes.at("/assessedLevel/before").asText()).isEqualTo("HIGH");
        assertThat(changes.at("/assessedLevel/after").asText()).isEqualTo("MEDIUM");
        assertThat(changes.at("/authorisedLevel/after").asText()).isEqualTo("MEDIUM");
        assertThat(changes.get("stepDown").asBoolean()).isTrue();
        assertThat(changes.get("rationale").asText()).isEqualTo("The safety plan is working");
    }

    @Test
    void a_first_assessment_has_everything_added_and_nothing_before() {
        var changes = getJson("/api/assessments/" + first + "/changes", "auditor");
        assertThat(changes.get("previousAssessmentId").isNull()).isTrue();
        assertThat(changes.at("/indicators/added")).hasSize(2);
        assertThat(changes.at("/indicators/kept")).isEmpty();
        assertThat(changes.at("/assessedLevel/before").isNull()).isTrue();
        assertThat(changes.get("evidenceAdded")).hasSize(2);
    }

    @Test
    void a_corrections_history_entry_carries_the_values_before_and_after() {
        JsonNode correction = null;
        for (JsonNode entry : getJson("/api/cases/" + script.caseId + "/history", "practitioner")) {
            if (entry.get("type").asText().equals("ChildDetailsCorrected")) {
                correction = entry;
            } else {
                assertThat(entry.get("changes").isNull()).as(entry.get("type").asText()).isTrue();
            }
        }
        assertThat(correction).isNotNull();
        assertThat(correction.get("changes")).hasSize(1);
        assertThat(correction.at("/changes/0/field").asText()).isEqualTo("dateOfBirth");
        assertThat(correction.at("/changes/0/before").asText()).isEqualTo("2012-01-01");
        assertThat(correction.at("/changes/0/after").asText()).isEqualTo("2012-02-01");
    }

    @Test
    void an_unknown_assessment_is_a_not_found_problem_and_board_members_cannot_see_changes() {
        var unknown = get("/api/assessments/no-such-assessment/changes", "practitioner");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read(unknown.getBody()).get("title").asText()).isEqualTo("Unknown assessment");
        assertThat(get("/api/assessments/" + first + "/changes", "board").getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/assessments/" + first + "/changes", "admin").getStatusCode().value()).isEqualTo(403);
    }
}
