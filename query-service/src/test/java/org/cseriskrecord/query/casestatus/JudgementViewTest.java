package org.cseriskrecord.query.casestatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.cseriskrecord.riskmodel.rules.CategoryCounts;
import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseriskrecord.query.support.Actor.MANAGER;
import static org.cseriskrecord.query.support.Actor.PRACTITIONER;
import static org.cseriskrecord.query.support.CaseScript.evidence;

/**
 * The case view, the case list and the history show "the tool suggests", "the professional assessed" and the
 * manager's level, the required response of the higher level, and every flag that says a child's risk was recorded
 * below what the rules alone would give (issue 7), with the child's age, who completes the assessment, the census
 * codes and discarded drafts.
 */
class JudgementViewTest extends QueryServiceIntegrationTest {

    private static final Pathways PATHWAYS = Pathways.nottinghamshire();

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private JsonNode listEntry(String caseId) {
        for (var entry : getJson("/api/cases?limit=500", "manager")) {
            if (entry.get("caseId").asText().equals(caseId)) {
                return entry;
            }
        }
        throw new AssertionError("No list entry for " + caseId);
    }

    @Test
    void a_twelve_year_old_with_indicators_below_the_thresholds_shows_the_floor_response_and_the_flag() {
        var script = new CaseScript(Instant.parse("2026-03-01T09:00:00Z"));
        var a = "asm-" + script.caseId;
        sendAll(
                script.next(script.opened("COUNTY", CaseScript.child("Kai Example", LocalDate.of(2013, 6, 1), false)),
                        PRACTITIONER),
                script.next(script.started(a, LocalDate.of(2026, 3, 1)), PRACTITIONER),
                script.next(script.marked(a, "Sexual activity under 13 years", evidence("Disclosed")), PRACTITIONER),
                script.next(script.marked(a, "Mood swings", evidence("School")), PRACTITIONER),
                script.next(script.marked(a, "Returning home late", evidence("Carer")), PRACTITIONER),
                script.next(script.marked(a, "Secretive behaviour", evidence("Carer")), PRACTITIONER));

        var draft = awaitCase(script.caseId, c -> c.at("/currentAssessment/indicators").size() == 5);
        var current = draft.get("currentAssessment");
        assertThat(current.get("suggestedLevel").asText()).isEqualTo("NONE");
        assertThat(current.get("floorWithIndicators").asBoolean()).isTrue();
        assertThat(current.get("ruleFired").asText()).contains("cannot be categorised as low risk");
        assertThat(texts(current.get("recommendedActions")))
                .isEqualTo(PATHWAYS.floorResponse("COUNTY", Set.of()).actions());
        assertThat(current.get("childAgeOnAssessmentDate").asInt()).isEqualTo(12);
        assertThat(current.at("/completedBy/name").asText()).isEqualTo("A. Worker");

        sendAll(script.next(script.analysis(a, "NONE", "Peer of the same age (synthetic)", false), PRACTITIONER));
        var flagged = awaitCase(script.caseId, c -> c.at("/currentAssessment/belowFloorWithIndicators").asBoolean());
        assertThat(flagged.at("/currentAssessment/assessedLevel").asText()).isEqualTo("NONE");

        sendAll(script.next(script.submitted(a, new CategoryCounts(1, 3, 1, 0), "NONE",
                current.get("ruleFired").asText(), "NONE", PATHWAYS.floorResponse("COUNTY", Set.of()).actions(),
                "NONE", true, true, "NO", null, false), PRACTITIONER));
        var submitted = awaitCase(script.caseId, c -> "SUBMITTED".equals(c.at("/currentAssessment/status").asText()));
        assertThat(submitted.at("/currentAssessment/belowFloorWithIndicators").asBoolean()).isTrue();
        assertThat(texts(submitted.at("/currentAssessment/recommendedActions")))
                .noneMatch(action -> action.startsWith("No CSE-specific referral"));
        await(() -> listEntry(script.caseId).get("belowFloorWithIndicators").asBoolean());
        var queued = listEntry(script.caseId);
        assertThat(queued.get("suggestedLevel").asText()).isEqualTo("NONE");
        assertThat(queued.get("assessedLevel").asText()).isEqualTo("NONE");
        var history = awaitHistory(script.caseId, 8);
        assertThat(history.at("/7/summary").asText()).contains("flagged: no risk assessed for a child who cannot be "
                + "categorised as low risk, with indicators present");
    }

    @Test
    void a_learning_difficulty_that_is_not_known_applies_the_floor_and_its_confirmation_is_shown() {
        var script = new CaseScript(Instant.parse("2026-03-02T09:00:00Z"));
        var a = "asm-" + script.caseId;
        sendAll(
                script.next(script.opened("CITY", CaseScript.child("Noa Example", LocalDate.of(2010, 2, 2),
                        "NOT_KNOWN")), PRACTITIONER),
                script.next(script.started(a, LocalDate.of(2026, 3, 2)), PRACTITIONER),
                script.next(script.marked(a, "Mood swings", evidence("e1")), PRACTITIONER),
                script.next(script.marked(a, "Returning home late", evidence("e2")), PRACTITIONER),
                script.next(script.marked(a, "Secretive behaviour", evidence("e3")), PRACTITIONER),
                script.next(script.marked(a, "Changes in appearance", evidence("e4")), PRACTITIONER),
                script.next(script.marked(a, "Social or learning difficulties", null), PRACTITIONER));

        var view = awaitCase(script.caseId, c -> c.at("/currentAssessment/indicators").size() == 5);
        var current = view.get("currentAssessment");
        assertThat(view.at("/child/learningDifficulty").asText()).isEqualTo("NOT_KNOWN");
        assertThat(current.get("suggestedLevel").asText()).isEqualTo("MEDIUM");
        assertThat(current.get("floorApplied").asBoolean()).isTrue();
        assertThat(current.get("learningDifficulty").asText()).isEqualTo("NOT_KNOWN");
        assertThat(current.get("learningDifficultyNotKnownApplied").asBoolean()).isTrue();
        assertThat(current.get("learningDifficultyToConfirm").asBoolean()).isTrue();
        assertThat(current.get("learningDifficultyConfirmed").isNull()).isTrue();

        sendAll(script.next(script.confirmed(a, "NOT_KNOWN"), PRACTITIONER));
        var confirmed = awaitCase(script.caseId,
                c -> "NOT_KNOWN".equals(c.at("/currentAssessment/learningDifficultyConfirmed").asText()));
        assertThat(confirmed.at("/currentAssessment/learningDifficultyToConfirm").asBoolean()).isTrue();
    }

    @Test
    void the_response_follows_an_assessed_level_above_the_suggestion_and_the_list_shows_both_levels() {
        var script = new CaseScript(Instant.parse("2026-03-03T09:00:00Z"));
        var a = "asm-" + script.caseId;
        sendAll(
                script.next(script.opened("COUNTY", CaseScript.child("Rio Example", LocalDate.of(2010, 3, 3), false)),
                        PRACTITIONER),
                script.next(script.started(a, LocalDate.of(2026, 3, 3)), PRACTITIONER),
                script.next(script.marked(a, "Mood swings", evidence("e1")), PRACTITIONER),
                script.next(script.analysis(a, "HIGH", null, false), PRACTITIONER));

        var view = awaitCase(script.caseId, c -> "HIGH".equals(c.at("/currentAssessment/responseLevel").asText()));
        var current = view.get("currentAssessment");
        assertThat(current.get("suggestedLevel").asText()).isEqualTo("NONE");
        assertThat(current.get("assessedLevel").asText()).isEqualTo("HIGH");
        assertThat(texts(current.get("recommendedActions")))
                .isEqualTo(PATHWAYS.responseFor("COUNTY", RiskLevel.HIGH).actions());
        await(() -> "HIGH".equals(listEntry(script.caseId).path("assessedLevel").asText()));
        assertThat(listEntry(script.caseId).get("suggestedLevel").asText()).isEqualTo("NONE");
    }

    @Test
    void a_step_down_is_shown_whether_the_event_flags_it_or_only_this_record_knows_the_level_before() {
        var script = new CaseScript(Instant.parse("2026-03-04T09:00:00Z"));
        var first = "first-" + script.caseId;
        var second = "second-" + script.caseId;
        var third = "third-" + script.caseId;
        var high = PATHWAYS.responseFor("COUNTY", RiskLevel.HIGH).actions();
        sendAll(
                script.next(script.opened("COUNTY", CaseScript.child("Sol Example", LocalDate.of(2010, 4, 4), false)),
                        PRACTITIONER),
                script.next(script.started(first, LocalDate.of(2026, 1, 4)), PRACTITIONER),
                script.next(script.analysis(first, "MEDIUM", null, false), PRACTITIONER),
                script.next(script.submitted(first, new CategoryCounts(0, 0, 0, 0), "NONE", "rule", false, "MEDIUM",
                        List.of()), PRACTITIONER),
                // The manager's own level, above the practitioner's, becomes the case's level.
                script.next(script.authorised(first, "MEDIUM", "HIGH", "Intelligence about the driver", "HIGH", high,
                        null, false, false), MANAGER),
                script.next(script.started(second, LocalDate.of(2026, 2, 4)), PRACTITIONER),
                script.next(script.analysis(second, "LOW", "Disruption worked (synthetic)", false), PRACTITIONER));

        var draft = awaitCase(script.caseId, c -> c.at("/currentAssessment/stepDown").asBoolean());
        assertThat(draft.get("riskLevel").asText()).as("the authorised level, not the assessed one").isEqualTo("HIGH");
        assertThat(draft.at("/assessments/0/authorisedLevel").asText()).isEqualTo("HIGH");
        assertThat(draft.at("/assessments/0/assessedLevel").asText()).isEqualTo("MEDIUM");
        assertThat(draft.at("/currentAssessment/lastAuthorisedLevel").asText()).isEqualTo("HIGH");

        sendAll(script.next(script.submitted(second, new CategoryCounts(0, 0, 0, 0), "NONE", "rule", "LOW",
                        PATHWAYS.responseFor("COUNTY", RiskLevel.LOW).actions(), "LOW", false, false, "NO", "HIGH",
                        true), PRACTITIONER),
                // As revision 1 would have it: no flag on the authorisation.
                script.next(script.authorised(second, "LOW", "Agreed"), MANAGER));
        var authorised = awaitCase(script.caseId,
                c -> "AUTHORISED".equals(c.at("/currentAssessment/status").asText()));
        assertThat(authorised.get("riskLevel").asText()).isEqualTo("LOW");
        assertThat(authorised.at("/currentAssessment/stepDown").asBoolean()).isTrue();
        assertThat(authorised.at("/assessments/1/stepDown").asBoolean()).isTrue();
        assertThat(authorised.at("/currentAssessment/authorisedLevel").asText()).isEqualTo("LOW");

        sendAll(script.next(script.started(third, LocalDate.of(2026, 3, 4)), PRACTITIONER),
                script.next(script.discarded(third, "Started on the wrong case (synthetic)"), PRACTITIONER));
        var discarded = awaitCase(script.caseId,
                c -> "DISCARDED".equals(c.at("/currentAssessment/status").asText()));
        assertThat(discarded.get("riskLevel").asText()).as("a discarded draft never sets the level").isEqualTo("LOW");
        assertThat(discarded.at("/currentAssessment/discardedReason").asText())
                .isEqualTo("Started on the wrong case (synthetic)");
        assertThat(discarded.at("/currentAssessment/discardedBy").asText()).isEqualTo("practitioner");
        assertThat(discarded.get("assessments")).hasSize(3);
        assertThat(discarded.at("/assessments/2/status").asText()).isEqualTo("DISCARDED");
        assertThat(discarded.at("/assessments/2/discardedAt").isTextual()).isTrue();
        await(() -> "DISCARDED".equals(listEntry(script.caseId).path("status").asText()));
        assertThat(getJson("/api/cases?status=DISCARDED&limit=500", "manager").toString()).contains(script.caseId);
        var history = awaitHistory(script.caseId, 11);
        assertThat(history.at("/4/summary").asText()).isEqualTo("Authorised the assessment at level HIGH (the "
                + "practitioner assessed MEDIUM); reason: Intelligence about the driver");
        assertThat(history.at("/10/summary").asText()).startsWith("Discarded the assessment (it counts in no figure)");
    }

    @Test
    void the_case_view_shows_the_census_codes_with_their_descriptions_and_who_completes_the_assessment() {
        var script = new CaseScript(Instant.parse("2026-03-05T09:00:00Z"));
        var a = "asm-" + script.caseId;
        sendAll(
                script.next(script.opened("COUNTY", CaseScript.child("Ash Example", LocalDate.of(2011, 5, 5), false)),
                        PRACTITIONER),
                script.next(script.started(a, LocalDate.of(2026, 3, 5)), PRACTITIONER),
                script.next(script.professional(a, new org.cseriskrecord.events.AssessingProfessional("PC Example",
                        "Police Constable", "Police", null, "pc@example.org")), PRACTITIONER));

        var view = awaitCase(script.caseId, c -> "PC Example".equals(c.at("/currentAssessment/completedBy/name")
                .asText()));
        assertThat(view.at("/censusCodes/gender/code").asText()).isEqualTo("2");
        assertThat(view.at("/censusCodes/gender/label").asText()).isEqualTo("Female");
        assertThat(view.at("/censusCodes/ethnicity/label").asText()).isEqualTo("White British");
        assertThat(view.at("/censusCodes/disabilities/0/label").asText()).isEqualTo("No disability");
        assertThat(view.at("/child/ethnicity").asText()).as("the practitioner's words kept").isEqualTo("White British");
        assertThat(view.at("/currentAssessment/completedBy/jobTitle").asText()).isEqualTo("Police Constable");
        assertThat(view.at("/currentAssessment/childAgeOnAssessmentDate").asInt()).isEqualTo(14);
    }

    @Test
    void a_revision_1_case_on_the_topic_is_read_with_yes_and_no_answers() throws Exception {
        var script = new CaseScript(Instant.parse("2026-03-06T09:00:00Z"));
        var current = script.next(script.opened("CITY", CaseScript.child("Old Example", LocalDate.of(2011, 6, 6),
                true)), PRACTITIONER);
        // The payload as revision 1 wrote it: booleans, no census codes.
        ObjectNode payload = current.payload().deepCopy();
        ObjectNode child = (ObjectNode) payload.get("child");
        child.put("learningDifficulty", true).put("childProtectionPlan", false);
        child.remove(List.of("genderCode", "ethnicityCode", "disabilityCodes"));
        send(new CaseEventEnvelope(current.eventId(), current.type(), 1, current.caseId(), current.sequence(),
                current.globalPosition(), current.occurredAt(), current.metadata(), payload));

        var view = awaitCase(script.caseId, c -> c.get("child") != null);
        assertThat(view.at("/child/learningDifficulty").asText()).isEqualTo("YES");
        assertThat(view.at("/child/childProtectionPlan").asText()).isEqualTo("NO");
        assertThat(view.at("/child/disabilityCodes")).isEmpty();
        assertThat(view.at("/censusCodes/ethnicity").isNull()).isTrue();
        assertThat(awaitHistory(script.caseId, 1).at("/0/data/child/learningDifficulty").asBoolean())
                .as("the history keeps the payload as received").isTrue();
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(PATIENCE).ignoreExceptions().until(condition);
    }
}
