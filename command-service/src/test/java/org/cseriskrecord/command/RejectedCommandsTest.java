package org.cseriskrecord.command;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input and wrong state get a clear problem, and nothing is stored. */
class RejectedCommandsTest extends SharedInfrastructureTest {


    private void refused(int status, String user, String method, String path, Object body, String detailContains) {
        var before = allStoredEvents();
        var response = "PUT".equals(method) ? put(user, path, body) : post(user, path, body);
        assertThat(response.getStatusCode().value()).as(path + " " + response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("detail").asText()).contains(detailContains);
        assertThat(allStoredEvents()).as("events stored after a refused command").isEqualTo(before);
    }

    @Test
    void rejects_a_case_with_missing_fields_listing_each_field_error() {
        var before = allStoredEvents();
        var response = post("practitioner", "/api/cases", Map.of("child", Map.of("alsoKnownAs", "x")));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("errors")).extracting(e -> e.get("field").asText())
                .contains("area", "child.name", "child.dateOfBirth", "child.learningDifficulty");
        assertThat(allStoredEvents()).isEqualTo(before);
    }

    @Test
    void rejects_a_future_date_of_birth() {
        refused(400, "practitioner", "POST", "/api/cases",
                Map.of("area", "CITY", "child", child("2099-01-01", false)), "cannot be in the future");
    }

    @Test
    void rejects_an_unknown_area() {
        refused(400, "practitioner", "POST", "/api/cases",
                Map.of("area", "ELSEWHERE", "child", child("2011-01-01", false)), "COUNTY");
    }

    @Test
    void rejects_a_malformed_date_with_a_readable_message() {
        refused(400, "practitioner", "POST", "/api/cases",
                Map.of("area", "CITY", "child", Map.of("name", "x", "dateOfBirth", "01/02/2011",
                        "learningDifficulty", false)), "YYYY-MM-DD");
    }

    @Test
    void rejects_an_assessment_date_in_the_future() {
        var caseId = openCase("practitioner");
        refused(400, "practitioner", "POST", "/api/cases/" + caseId + "/assessments",
                Map.of("assessmentDate", "2099-01-01"), "cannot be in the future");
    }

    @Test
    void rejects_an_unknown_indicator_code() {
        var caseId = openCase("practitioner");
        var assessmentId = startAssessment("practitioner", caseId, "2026-11-01");
        refused(400, "practitioner", "POST", "/api/assessments/" + assessmentId + "/indicators",
                Map.of("code", "HIGH_MADE_UP"), "HIGH_MADE_UP");
    }

    @Test
    void rejects_submission_listing_every_unmet_requirement() {
        var caseId = openCase("practitioner");
        var assessmentId = startAssessment("practitioner", caseId, "2026-11-01");
        post("practitioner", "/api/assessments/" + assessmentId + "/indicators", Map.of("code", "HIGH_UNEXPLAINED_GIFTS"));
        post("practitioner", "/api/assessments/" + assessmentId + "/indicators", Map.of("code", "LOW_MOOD_SWINGS"));
        var before = allStoredEvents();
        var response = post("practitioner", "/api/assessments/" + assessmentId + "/submission", null);
        assertThat(response.getStatusCode().value()).isEqualTo(409);
        var unmet = response.getBody().get("unmetRequirements");
        assertThat(unmet).hasSize(3);
        assertThat(unmet.toString()).contains("Unexplained gifts", "Mood swings", "analysis");
        assertThat(allStoredEvents()).isEqualTo(before);
    }

    @Test
    void rejects_authorising_a_draft() {
        var caseId = openCase("practitioner");
        var assessmentId = startAssessment("practitioner", caseId, "2026-11-01");
        refused(409, "manager", "POST", "/api/assessments/" + assessmentId + "/authorisation", Map.of(),
                "Only a submitted assessment");
    }

    @Test
    void rejects_a_low_assessment_of_a_child_under_13() {
        var body = new HashMap<String, Object>(Map.of("area", "CITY", "child", child("2016-01-01", false)));
        var caseId = post("practitioner", "/api/cases", body).getBody().get("caseId").asText();
        var assessmentId = startAssessment("practitioner", caseId, "2026-11-01");
        refused(400, "practitioner", "PUT", "/api/assessments/" + assessmentId + "/analysis",
                Map.of("analysis", "x", "assessedLevel", "LOW", "rationale", "y"), "LOW");
    }

    @Test
    void rejects_an_unknown_assessment_and_an_unknown_case_with_404() {
        refused(404, "practitioner", "POST", "/api/assessments/00000000-0000-0000-0000-000000000000/submission",
                null, "no assessment");
        refused(404, "practitioner", "POST", "/api/cases/00000000-0000-0000-0000-000000000000/assessments",
                Map.of("assessmentDate", "2026-01-01"), "no case");
    }

    @Test
    void refuses_without_sign_in_and_to_roles_that_may_not_change_records() {
        refused(401, null, "POST", "/api/cases", Map.of("area", "CITY", "child", child("2011-01-01", false)),
                "Sign in");
        refused(403, "board", "POST", "/api/cases", Map.of("area", "CITY", "child", child("2011-01-01", false)),
                "role");
        refused(403, "auditor", "POST", "/api/cases", Map.of("area", "CITY", "child", child("2011-01-01", false)),
                "role");
    }

    @Test
    void refuses_authorisation_by_a_practitioner_by_a_manager_who_wrote_the_assessment_and_by_another_agency() {
        var caseId = openCase("manager");
        var assessmentId = startAssessment("manager", caseId, "2026-11-01");
        put("manager", "/api/assessments/" + assessmentId + "/analysis",
                Map.of("analysis", "No indicators found", "assessedLevel", "NONE"));
        assertThat(post("manager", "/api/assessments/" + assessmentId + "/submission", null)
                .getStatusCode().value()).isEqualTo(204);
        refused(403, "practitioner", "POST", "/api/assessments/" + assessmentId + "/authorisation", Map.of(),
                "role");
        refused(403, "manager", "POST", "/api/assessments/" + assessmentId + "/authorisation", Map.of(),
                "four-eyes");
        // Health is not involved in this Police case: to its manager the assessment does not exist.
        refused(404, "manager2", "POST", "/api/assessments/" + assessmentId + "/authorisation",
                Map.of("comments", "Agreed"), "no assessment");

        var other = openCase("practitioner");
        var authorised = startAssessment("practitioner", other, "2026-11-01");
        put("practitioner", "/api/assessments/" + authorised + "/analysis",
                Map.of("analysis", "No indicators found", "assessedLevel", "NONE"));
        post("practitioner", "/api/assessments/" + authorised + "/submission", null);
        assertThat(post("manager", "/api/assessments/" + authorised + "/authorisation",
                Map.of("comments", "Agreed")).getStatusCode().value()).isEqualTo(204);
        refused(409, "practitioner", "POST", "/api/assessments/" + authorised + "/indicators",
                Map.of("code", "LOW_MOOD_SWINGS"), "authorised");
    }

    @Test
    void rejects_shapes_the_case_does_not_accept_naming_the_field() {
        var caseId = openCase("practitioner");
        var assessmentId = startAssessment("practitioner", caseId, "2026-11-01");
        var before = allStoredEvents();

        var level = put("practitioner", "/api/assessments/" + assessmentId + "/analysis",
                Map.of("analysis", "x", "assessedLevel", "SEVERE"));
        assertThat(level.getStatusCode().value()).isEqualTo(400);
        assertThat(level.getBody().at("/errors/0/field").asText()).isEqualTo("assessedLevel");
        assertThat(level.getBody().at("/errors/0/message").asText()).isEqualTo("must be one of NONE, LOW, MEDIUM, HIGH");

        var section = put("practitioner", "/api/assessments/" + assessmentId + "/additional-detail/EXTREME",
                Map.of("text", "x"));
        assertThat(section.getStatusCode().value()).isEqualTo(400);
        assertThat(section.getBody().at("/errors/0/field").asText()).isEqualTo("section");

        var tooLong = put("practitioner", "/api/cases/" + caseId + "/details",
                Map.of("otherProfessionalsInvolved", "x".repeat(20_001)));
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLong.getBody().at("/errors/0/field").asText()).isEqualTo("otherProfessionalsInvolved");

        var noReason = post("practitioner", "/api/assessments/" + assessmentId + "/discard", Map.of("reason", " "));
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getBody().at("/errors/0/field").asText()).isEqualTo("reason");

        var blankEvidence = post("practitioner", "/api/assessments/" + assessmentId + "/indicators",
                Map.of("code", "LOW_MOOD_SWINGS", "evidence", "   "));
        assertThat(blankEvidence.getStatusCode().value()).isEqualTo(400);
        assertThat(blankEvidence.getBody().at("/errors/0/field").asText()).isEqualTo("evidence");

        var badCode = new HashMap<String, Object>(child("2011-01-01", false));
        badCode.put("ethnicityCode", "White British");
        badCode.put("disabilityCodes", List.of("LD", "Dyslexia"));
        var codes = put("practitioner", "/api/cases/" + caseId + "/child", badCode);
        assertThat(codes.getStatusCode().value()).isEqualTo(400);
        assertThat(codes.getBody().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("disabilityCodes[1]", "ethnicityCode");
        assertThat(codes.getBody().toString()).contains("WBRI").doesNotContain("White British", "Dyslexia");
        assertThat(allStoredEvents()).isEqualTo(before);
    }

    @Test
    void accepts_a_second_correction_only_when_something_changed() {
        var caseId = openCase("practitioner");
        var before = storedEvents(caseId);
        assertThat(put("practitioner", "/api/cases/" + caseId + "/child", child("2011-04-02", false))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(storedEvents(caseId)).isEqualTo(before);
        var corrected = child("2011-04-03", true);
        assertThat(put("practitioner", "/api/cases/" + caseId + "/child", corrected).getStatusCode().value())
                .isEqualTo(204);
        assertThat(storedEvents(caseId)).isEqualTo(before + 1);
        var payload = jdbc.sql("select convert_from(payload, 'UTF8') from domain_event_entry where "
                + "aggregate_identifier = ? and payload_type = 'ChildDetailsCorrected'").param(caseId)
                .query(String.class).single();
        assertThat(payload).contains("\"changedFields\":[\"dateOfBirth\",\"learningDifficulty\"]");
        assertThat(List.of(payload)).isNotEmpty();
    }

    @Test
    void updates_the_case_details_only_when_valid_and_something_changed() {
        var caseId = openCase("practitioner");
        var before = storedEvents(caseId);
        var nameless = Map.of("professionals", List.of(Map.of("jobTitle", "Social Worker")));
        var response = put("practitioner", "/api/cases/" + caseId + "/details", nameless);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("errors")).extracting(e -> e.get("field").asText())
                .contains("professionals[0].name");
        assertThat(storedEvents(caseId)).isEqualTo(before);

        var details = Map.of(
                "professionals", List.of(Map.of("name", "Sam Example", "jobTitle", "Social Worker",
                        "telephone", "01632 960100", "email", "sam@example.org")),
                "placement", Map.of("placementType", "Foster care", "placementAddressAndDetails", "ZZ1 1ZZ"),
                "otherProfessionalsInvolved", "Youth worker");
        assertThat(put("practitioner", "/api/cases/" + caseId + "/details", details).getStatusCode().value())
                .isEqualTo(204);
        assertThat(storedEvents(caseId)).isEqualTo(before + 1);
        var payload = jdbc.sql("select convert_from(payload, 'UTF8') from domain_event_entry where "
                + "aggregate_identifier = ? and payload_type = 'CaseDetailsUpdated'").param(caseId)
                .query(String.class).single();
        assertThat(payload).contains("\"changedFields\":[\"professionals\",\"placement\",\"otherProfessionalsInvolved\"]");

        assertThat(put("practitioner", "/api/cases/" + caseId + "/details", details).getStatusCode().value())
                .isEqualTo(204);
        assertThat(storedEvents(caseId)).as("the same details again change nothing").isEqualTo(before + 1);
    }
}
