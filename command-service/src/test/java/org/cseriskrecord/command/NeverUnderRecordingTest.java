package org.cseriskrecord.command;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over HTTP, real PostgreSQL and Kafka: each way the record could hold a child's risk lower than the rules or the
 * professional's judgement allow (issue 7) is refused, or recorded visibly flagged.
 */
class NeverUnderRecordingTest extends SharedInfrastructureTest {

    private static final String TODAY = java.time.LocalDate.now().toString();

    private String openCase(String user, Map<String, Object> child) {
        var response = post(user, "/api/cases", Map.of("area", "COUNTY", "child", child));
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
        return response.getBody().get("caseId").asText();
    }

    private void ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(204);
    }

    private void mark(String assessmentId, String code, String evidence) {
        ok(post("practitioner", "/api/assessments/" + assessmentId + "/indicators",
                Map.of("code", code, "evidence", evidence)));
    }

    private ResponseEntity<JsonNode> analyse(String assessmentId, String level, String rationale) {
        var body = new LinkedHashMap<String, Object>(Map.of("analysis", "Professional analysis (synthetic)",
                "assessedLevel", level));
        if (rationale != null) {
            body.put("rationale", rationale);
        }
        return put("practitioner", "/api/assessments/" + assessmentId + "/analysis", body);
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.cseriskrecord.casekeys.PersonalDataCipher cipher;

    private JsonNode lastStored(String caseId, String type) throws Exception {
        var payload = jdbc.sql("select convert_from(payload, 'UTF8') from domain_event_entry where "
                        + "aggregate_identifier = ? and payload_type = ? order by sequence_number desc limit 1")
                .params(caseId, type).query(String.class).single();
        // Stored with its personal values encrypted: read them as the service does, with the case's key.
        return cipher.decrypt(caseId, json.readTree(payload));
    }

    @Test
    void a_twelve_year_old_with_indicators_below_the_thresholds_is_never_recorded_as_needing_no_referral() throws Exception {
        var caseId = openCase("practitioner", child("2014-01-05", false));
        var assessmentId = startAssessment("practitioner", caseId, TODAY);
        mark(assessmentId, "MEDIUM_SEXUAL_ACTIVITY_UNDER_13", "Disclosed to the school nurse (synthetic)");
        mark(assessmentId, "LOW_MOOD_SWINGS", "Reported by the school (synthetic)");
        mark(assessmentId, "LOW_RETURNING_HOME_LATE", "Reported by the carer (synthetic)");
        mark(assessmentId, "LOW_SECRETIVE_BEHAVIOUR", "Reported by the carer (synthetic)");

        var withoutRationale = analyse(assessmentId, "NONE", null);
        assertThat(withoutRationale.getStatusCode().value()).isEqualTo(400);
        assertThat(withoutRationale.getBody().get("detail").asText())
                .contains("assessing no risk (NONE) needs a written professional rationale");
        var low = analyse(assessmentId, "LOW", "It seems low");
        assertThat(low.getStatusCode().value()).as("the floor cannot be sidestepped").isEqualTo(400);

        ok(analyse(assessmentId, "NONE", "Activity with a peer of the same age; no adult, no exchange (synthetic)"));
        ok(post("practitioner", "/api/assessments/" + assessmentId + "/submission", null));

        var submitted = lastStored(caseId, "AssessmentSubmitted");
        assertThat(submitted.get("suggestedLevel").asText()).isEqualTo("NONE");
        assertThat(submitted.get("floorWithIndicators").asBoolean()).isTrue();
        assertThat(submitted.get("belowFloorWithIndicators").asBoolean()).as("flagged for the manager").isTrue();
        assertThat(submitted.get("ruleFired").asText()).contains("cannot be categorised as low risk");
        assertThat(submitted.get("recommendedActions").toString())
                .contains("The case can be discussed with the MASH")
                .doesNotContain("No CSE-specific referral is required");
        assertThat(post("manager", "/api/assessments/" + assessmentId + "/authorisation", Map.of())
                .getStatusCode().value()).isEqualTo(204);
        assertThat(lastStored(caseId, "ManagerAuthorised").get("belowFloorWithIndicators").asBoolean()).isTrue();
    }

    @Test
    void a_learning_difficulty_that_is_not_known_applies_the_floor_and_true_and_false_still_read_as_yes_and_no()
            throws Exception {
        var notKnown = new HashMap<>(child("2010-02-03", false));
        notKnown.put("learningDifficulty", "NOT_KNOWN");
        var caseId = openCase("practitioner", notKnown);
        assertThat(lastStored(caseId, "CaseOpened").at("/child/learningDifficulty").asText()).isEqualTo("NOT_KNOWN");
        assertThat(lastStored(caseId, "CaseOpened").at("/child/childProtectionPlan").asText())
                .as("an unanswered child protection plan is not known").isEqualTo("NOT_KNOWN");
        var assessmentId = startAssessment("practitioner", caseId, TODAY);
        for (var code : List.of("LOW_MOOD_SWINGS", "LOW_RETURNING_HOME_LATE", "LOW_SECRETIVE_BEHAVIOUR",
                "LOW_CHANGES_IN_APPEARANCE")) {
            mark(assessmentId, code, "Observed this month (synthetic)");
        }
        var low = analyse(assessmentId, "LOW", "Seems low");
        assertThat(low.getStatusCode().value()).isEqualTo(400);
        assertThat(low.getBody().get("detail").asText()).contains("is not known");

        var yes = new HashMap<>(child("2010-02-03", true));
        yes.put("childProtectionPlan", false);
        var other = openCase("practitioner", yes);
        assertThat(lastStored(other, "CaseOpened").at("/child/learningDifficulty").asText()).isEqualTo("YES");
        assertThat(lastStored(other, "CaseOpened").at("/child/childProtectionPlan").asText()).isEqualTo("NO");

        var text = new HashMap<>(child("2010-02-03", false));
        text.put("learningDifficulty", "perhaps");
        var refused = post("practitioner", "/api/cases", Map.of("area", "COUNTY", "child", text));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("child.learningDifficulty");
        assertThat(refused.getBody().at("/errors/0/message").asText()).isEqualTo("must be one of YES, NO, NOT_KNOWN");
        assertThat(refused.getBody().toString()).doesNotContain("perhaps");
    }

    @Test
    void social_or_learning_difficulties_ticked_needs_the_learning_difficulty_answer_confirmed() throws Exception {
        var caseId = openCase("practitioner", child("2010-02-03", false));
        var assessmentId = startAssessment("practitioner", caseId, TODAY);
        ok(post("practitioner", "/api/assessments/" + assessmentId + "/indicators",
                Map.of("code", "VULN_SOCIAL_OR_LEARNING_DIFFICULTIES")));
        ok(analyse(assessmentId, "NONE", null));
        var refused = post("practitioner", "/api/assessments/" + assessmentId + "/submission", null);
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody().get("unmetRequirements").toString())
                .contains("confirm the learning-difficulty answer for this assessment");

        var wrong = post("practitioner", "/api/assessments/" + assessmentId + "/learning-difficulty-confirmation",
                Map.of("learningDifficulty", "NOT_KNOWN"));
        assertThat(wrong.getStatusCode().value()).isEqualTo(409);
        ok(post("practitioner", "/api/assessments/" + assessmentId + "/learning-difficulty-confirmation",
                Map.of("learningDifficulty", "NO")));
        ok(post("practitioner", "/api/assessments/" + assessmentId + "/submission", null));
        assertThat(lastStored(caseId, "LearningDifficultyConfirmed").get("learningDifficulty").asText())
                .isEqualTo("NO");
    }

    @Test
    void a_correction_after_submission_that_the_judgement_no_longer_meets_is_refused_at_authorisation() {
        var caseId = openCase("practitioner", child("2010-02-03", false));
        var assessmentId = startAssessment("practitioner", caseId, TODAY);
        for (var code : List.of("LOW_MOOD_SWINGS", "LOW_RETURNING_HOME_LATE", "LOW_SECRETIVE_BEHAVIOUR",
                "LOW_CHANGES_IN_APPEARANCE")) {
            mark(assessmentId, code, "Observed this month (synthetic)");
        }
        ok(analyse(assessmentId, "LOW", null));
        ok(post("practitioner", "/api/assessments/" + assessmentId + "/submission", null));
        ok(put("practitioner", "/api/cases/" + caseId + "/child", child("2010-02-03", true)));
        var before = allStoredEvents();

        var refused = post("manager", "/api/assessments/" + assessmentId + "/authorisation", Map.of());

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody().get("detail").asText()).contains("return it to the practitioner");
        assertThat(refused.getBody().get("unmetRequirements").toString())
                .contains("A child under 13 or with learning difficulties cannot be assessed as LOW risk");
        assertThat(allStoredEvents()).isEqualTo(before);
        ok(post("manager", "/api/assessments/" + assessmentId + "/return",
                Map.of("reason", "The child has a learning difficulty: LOW is not possible")));
    }

    @Test
    void the_required_response_follows_an_assessed_level_above_the_suggestion() throws Exception {
        var caseId = openCase("practitioner", child("2010-02-03", false));
        var assessmentId = startAssessment("practitioner", caseId, TODAY);
        mark(assessmentId, "LOW_MOOD_SWINGS", "Observed this month (synthetic)");
        ok(analyse(assessmentId, "HIGH", null));
        ok(post("practitioner", "/api/assessments/" + assessmentId + "/submission", null));

        var submitted = lastStored(caseId, "AssessmentSubmitted");
        assertThat(submitted.get("suggestedLevel").asText()).isEqualTo("NONE");
        assertThat(submitted.get("assessedLevel").asText()).isEqualTo("HIGH");
        assertThat(submitted.get("responseLevel").asText()).isEqualTo("HIGH");
        assertThat(submitted.get("recommendedActions").toString()).contains("Immediate referral to MASH")
                .doesNotContain("No CSE-specific referral");
    }

    @Test
    void stepping_down_needs_a_written_rationale_and_is_recorded_as_a_step_down() throws Exception {
        var caseId = openCase("practitioner", child("2010-02-03", false));
        var first = startAssessment("practitioner", caseId, "2026-01-05");
        mark(first, "HIGH_MEETING_UNKNOWN_ADULTS", "Seen with an unknown adult (synthetic)");
        ok(analyse(first, "HIGH", null));
        ok(post("practitioner", "/api/assessments/" + first + "/submission", null));
        ok(post("manager", "/api/assessments/" + first + "/authorisation", Map.of()));

        var second = startAssessment("practitioner", caseId, TODAY);
        ok(post("practitioner", "/api/assessments/" + second + "/indicators/HIGH_MEETING_UNKNOWN_ADULTS/withdrawal",
                Map.of("reason", "No contact for three months (synthetic)")));
        var withoutRationale = analyse(second, "LOW", null);
        assertThat(withoutRationale.getStatusCode().value()).isEqualTo(400);
        assertThat(withoutRationale.getBody().get("detail").asText())
                .contains("below the child's last authorised level (HIGH): stepping down needs a written rationale");

        ok(analyse(second, "LOW", "Disruption plan worked; adults identified and warned (synthetic)"));
        ok(post("practitioner", "/api/assessments/" + second + "/submission", null));
        assertThat(lastStored(caseId, "AssessmentSubmitted").get("stepDown").asBoolean()).isTrue();
        ok(post("manager", "/api/assessments/" + second + "/authorisation", Map.of("comments", "Agreed")));
        var authorised = lastStored(caseId, "ManagerAuthorised");
        assertThat(authorised.get("stepDown").asBoolean()).isTrue();
        assertThat(authorised.get("lastAuthorisedLevel").asText()).isEqualTo("HIGH");
        assertThat(authorised.get("authorisedLevel").asText()).isEqualTo("LOW");
    }

    @Test
    void a_manager_of_another_agency_may_neither_authorise_nor_return_and_the_manager_may_authorise_a_level_of_their_own()
            throws Exception {
        var caseId = openCase("practitioner", child("2010-02-03", false));
        var assessmentId = startAssessment("practitioner", caseId, TODAY);
        mark(assessmentId, "MEDIUM_UNKNOWN_VEHICLES", "Seen getting into cars (synthetic)");
        mark(assessmentId, "MEDIUM_POOR_SELF_IMAGE", "Reported by the school (synthetic)");
        ok(analyse(assessmentId, "MEDIUM", null));
        ok(post("practitioner", "/api/assessments/" + assessmentId + "/submission", null));

        for (var decision : List.of("/authorisation", "/return")) {
            // Health is not involved in this Police case: to its manager the assessment does not exist.
            var refused = post("manager2", "/api/assessments/" + assessmentId + decision, Map.of("reason", "x"));
            assertThat(refused.getStatusCode().value()).as(decision).isEqualTo(404);
        }
        var noReason = post("manager", "/api/assessments/" + assessmentId + "/authorisation",
                Map.of("level", "HIGH"));
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);

        ok(post("manager", "/api/assessments/" + assessmentId + "/authorisation", Map.of("comments", "Strategy meeting",
                "level", "HIGH", "levelRationale", "Intelligence links the car to a known adult (synthetic)")));
        var authorised = lastStored(caseId, "ManagerAuthorised");
        assertThat(authorised.get("assessedLevel").asText()).isEqualTo("MEDIUM");
        assertThat(authorised.get("authorisedLevel").asText()).isEqualTo("HIGH");
        assertThat(authorised.get("responseLevel").asText()).isEqualTo("HIGH");
    }

    @Test
    void a_draft_can_be_discarded_by_its_author_or_their_manager_and_the_case_can_start_again() throws Exception {
        var caseId = openCase("practitioner", child("2010-02-03", false));
        var stale = startAssessment("practitioner", caseId, TODAY);
        var blocked = post("manager", "/api/cases/" + caseId + "/assessments", Map.of("assessmentDate", TODAY));
        assertThat(blocked.getStatusCode().value()).isEqualTo(409);

        var otherAgency = post("manager2", "/api/assessments/" + stale + "/discard", Map.of("reason", "Stale"));
        assertThat(otherAgency.getStatusCode().value()).as("Health is not involved in the case").isEqualTo(404);
        var otherPractitioner = post("practitioner2", "/api/assessments/" + stale + "/discard",
                Map.of("reason", "Stale"));
        assertThat(otherPractitioner.getStatusCode().value()).isEqualTo(404);
        ok(post("manager", "/api/assessments/" + stale + "/discard",
                Map.of("reason", "Stale for four months; the author has left (synthetic)")));
        assertThat(lastStored(caseId, "AssessmentDiscarded").get("reason").asText()).startsWith("Stale for four");

        var again = post("manager", "/api/cases/" + caseId + "/assessments", Map.of("assessmentDate", TODAY));
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        var discardedAgain = post("practitioner", "/api/assessments/" + stale + "/indicators",
                Map.of("code", "LOW_MOOD_SWINGS"));
        assertThat(discardedAgain.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void the_assessment_records_who_completes_it_defaulted_from_the_signed_in_user_and_editable() throws Exception {
        var caseId = openCase("practitioner", child("2010-02-03", false));
        var assessmentId = startAssessment("practitioner", caseId, TODAY);
        var started = lastStored(caseId, "AssessmentStarted");
        assertThat(started.at("/completedBy/name").asText()).isEqualTo("practitioner");
        assertThat(started.at("/completedBy/agency").asText()).isEqualTo("Police");

        ok(put("practitioner", "/api/assessments/" + assessmentId + "/professional", Map.of("name", "PC Example",
                "jobTitle", "Police Constable", "agency", "Police", "telephone", "01632 960123",
                "email", "pc.example@example.org")));
        assertThat(lastStored(caseId, "AssessingProfessionalRecorded").at("/completedBy/jobTitle").asText())
                .isEqualTo("Police Constable");
        var nameless = put("practitioner", "/api/assessments/" + assessmentId + "/professional",
                Map.of("jobTitle", "Police Constable"));
        assertThat(nameless.getStatusCode().value()).isEqualTo(400);
    }
}
