package org.cseriskrecord.web.assessments;

import org.cseriskrecord.web.support.Contracts;
import org.cseriskrecord.web.support.FakeServices.Answer;
import org.cseriskrecord.web.support.PageTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Journey 4: starting an assessment, the analysis and assessed level, the additional detail, who completes it and
 * confirming the learning-difficulty answer.
 */
class AssessmentDetailsPageTest extends PageTest {

    @Test
    void starting_sends_the_date_and_opens_the_task_list_once_the_read_side_has_it() throws Exception {
        Drafts.draft(services, 1);
        var form = html(mvc.perform(get("/cases/" + Drafts.CASE_ID + "/assessments/new").with(practitioner()))
                .andExpect(status().isOk()).andReturn());
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThat(form.select("#assessmentDate-year").val()).isEqualTo(Integer.toString(today.getYear()));
        assertThat(form.select("legend").text()).isEqualTo("Date risk assessment tool completed");

        services.on("POST", "/api/cases/" + Drafts.CASE_ID + "/assessments", request -> {
            Drafts.draft(services, 2);
            return Answer.json(201, "{\"assessmentId\":\"" + Drafts.ASSESSMENT_ID + "\"}").withSequence(2);
        });
        mvc.perform(post("/cases/" + Drafts.CASE_ID + "/assessments/new").with(practitioner()).with(csrf())
                        .param("assessmentDate.day", "2").param("assessmentDate.month", "12")
                        .param("assessmentDate.year", "2026"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(Drafts.PAGE));
        var sent = services.requests("POST", "/api/cases/" + Drafts.CASE_ID + "/assessments").get(0);
        assertThat(sent.body()).isEqualTo("{\"assessmentDate\":\"2026-12-02\"}");
        assertThat(sent.authorization()).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void a_date_that_is_not_real_is_refused_here_and_nothing_is_sent() throws Exception {
        Drafts.draft(services, 1);
        var page = html(mvc.perform(post("/cases/" + Drafts.CASE_ID + "/assessments/new").with(practitioner())
                        .with(csrf()).param("assessmentDate.day", "31").param("assessmentDate.month", "2")
                        .param("assessmentDate.year", "2026"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#assessmentDate");
        assertThat(page.select(".govuk-error-summary a").text())
                .isEqualTo("Date risk assessment tool completed must be a real date");
        assertThat(services.requests("POST", "/api/cases/" + Drafts.CASE_ID + "/assessments")).isEmpty();
    }

    @Test
    void an_assessment_already_in_progress_is_the_services_409_page() throws Exception {
        Drafts.draft(services, 1);
        services.on("POST", "/api/cases/" + Drafts.CASE_ID + "/assessments",
                Answer.json(409, Contracts.read("problem-assessment-in-progress.json")));
        var page = html(mvc.perform(post("/cases/" + Drafts.CASE_ID + "/assessments/new").with(practitioner())
                        .with(csrf()).param("assessmentDate.day", "2").param("assessmentDate.month", "12")
                        .param("assessmentDate.year", "2026"))
                .andExpect(status().isConflict()).andReturn());
        assertThat(page.select("main").text()).contains("This case already has an assessment in progress");
    }

    @Test
    void the_analysis_sends_locations_and_persons_of_concern_one_a_line_with_the_level() throws Exception {
        Drafts.draft(services, 9);
        var form = html(mvc.perform(get(Drafts.PAGE + "/analysis").with(practitioner())).andExpect(status().isOk())
                .andReturn());
        assertThat(form.select("#assessedLevel-hint").text()).startsWith("The tool suggests High.");
        assertThat(form.select("label[for=personsOfConcern]").text())
                .isEqualTo("Persons of concern (including nicknames)");
        assertThat(form.select("#analysis-hint").text())
                .contains("Children are exploited; they do not put themselves at risk.");
        assertThat(form.select("input[name=assessedLevel]").eachAttr("value"))
                .containsExactly("NONE", "LOW", "MEDIUM", "HIGH");

        services.on("PUT", Drafts.COMMANDS + "/analysis", Answer.noContent(9));
        mvc.perform(post(Drafts.PAGE + "/analysis").with(practitioner()).with(csrf())
                        .param("analysis", "Immediate risk of exploitation")
                        .param("locationsOfConcern", "Bus station\r\n\r\n Takeaway on the high street ")
                        .param("personsOfConcern", "Male known as \"Dee\"")
                        .param("assessedLevel", "HIGH").param("rationale", " "))
                .andExpect(status().isFound()).andExpect(redirectedUrl(Drafts.PAGE));
        assertThat(services.requests("PUT", Drafts.COMMANDS + "/analysis").get(0).body()).isEqualTo(
                "{\"analysis\":\"Immediate risk of exploitation\",\"locationsOfConcern\":[\"Bus station\","
                        + "\"Takeaway on the high street\"],\"personsOfConcern\":[\"Male known as \\\"Dee\\\"\"],"
                        + "\"assessedLevel\":\"HIGH\"}");
    }

    @Test
    void the_analysis_shows_each_field_error_beside_its_box() throws Exception {
        Drafts.draft(services, 9);
        services.on("PUT", Drafts.COMMANDS + "/analysis",
                Answer.json(400, Contracts.read("problem-invalid-analysis.json")));
        var page = html(mvc.perform(post(Drafts.PAGE + "/analysis").with(practitioner()).with(csrf())
                        .param("personsOfConcern", " x"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#analysis", "#assessedLevel", "#personsOfConcern");
        assertThat(page.select("#analysis-error").text())
                .isEqualTo("Error: Professional\u2019s analysis is required");
        assertThat(page.select("textarea#personsOfConcern").text()).isEqualTo("x");
    }

    @Test
    void the_judgement_rules_refusal_shows_once_beside_the_level_and_the_rationale() throws Exception {
        Drafts.draft(services, 9);
        services.on("PUT", Drafts.COMMANDS + "/analysis",
                Answer.json(400, Contracts.read("problem-analysis-judgement.json")));
        var page = html(mvc.perform(post(Drafts.PAGE + "/analysis").with(practitioner()).with(csrf())
                        .param("analysis", "Some analysis").param("assessedLevel", "LOW"))
                .andExpect(status().isOk()).andReturn());
        var links = page.select(".govuk-error-summary a");
        assertThat(links).hasSize(2);
        assertThat(links.eachAttr("href")).containsExactly("#assessedLevel", "#rationale");
        assertThat(page.select("#rationale-error").text()).contains("please write down the professional rationale");
        assertThat(page.select("#assessedLevel-LOW").hasAttr("checked")).isTrue();
    }

    @Test
    void additional_detail_sends_only_the_boxes_that_changed() throws Exception {
        Drafts.draft(services, 9);
        var form = html(mvc.perform(get(Drafts.PAGE + "/additional-detail").with(practitioner()))
                .andExpect(status().isOk()).andReturn());
        assertThat(form.select("label[for=detail-VULNERABILITY]").text())
                .isEqualTo("Additional detail/evidence regarding vulnerabilities");
        assertThat(form.select("textarea#detail-HIGH").text()).isEqualTo("Car seen twice near the school");

        services.on("PUT", Drafts.COMMANDS + "/additional-detail/LOW", Answer.noContent(9));
        mvc.perform(post(Drafts.PAGE + "/additional-detail").with(practitioner()).with(csrf())
                        .param("detail-VULNERABILITY", "").param("detail-LOW", "Out late most weekends")
                        .param("detail-MEDIUM", " ").param("detail-HIGH", "Car seen twice near the school"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(Drafts.PAGE));
        assertThat(services.requests().stream().filter(r -> r.method().equals("PUT")).map(r -> r.path()))
                .containsExactly(Drafts.COMMANDS + "/additional-detail/LOW");
        assertThat(services.requests("PUT", Drafts.COMMANDS + "/additional-detail/LOW").get(0).body())
                .isEqualTo("{\"text\":\"Out late most weekends\"}");
    }

    @Test
    void the_professional_completing_it_is_sent_as_given_and_a_missing_name_is_shown_beside_the_box()
            throws Exception {
        Drafts.draft(services, 9);
        var form = html(mvc.perform(get(Drafts.PAGE + "/completed-by").with(practitioner()))
                .andExpect(status().isOk()).andReturn());
        assertThat(form.select("#name").val()).isEqualTo("practitioner");
        assertThat(form.select("#agency").val()).isEqualTo("Police");

        services.on("PUT", Drafts.COMMANDS + "/professional", Answer.json(400, """
                {"type":"https://cse-risk-record.example/problems/invalid-input","title":"Invalid input","status":400,
                 "detail":"One field is not valid: name is required.","errors":[{"field":"name","message":"is required"}]}"""));
        var page = html(mvc.perform(post(Drafts.PAGE + "/completed-by").with(practitioner()).with(csrf())
                        .param("name", "").param("jobTitle", "Police Constable").param("agency", "Police"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#name-error").text()).isEqualTo("Error: Name is required");
        assertThat(services.requests("PUT", Drafts.COMMANDS + "/professional").get(0).body()).isEqualTo(
                "{\"jobTitle\":\"Police Constable\",\"agency\":\"Police\"}");
    }

    @Test
    void confirming_the_learning_difficulty_sends_the_childs_recorded_answer() throws Exception {
        Drafts.draft(services, 9);
        var form = html(mvc.perform(get(Drafts.PAGE + "/learning-difficulty").with(practitioner()))
                .andExpect(status().isOk()).andReturn());
        assertThat(form.select(".govuk-summary-list").text())
                .isEqualTo("Does the child have learning difficulties? Not known");
        assertThat(form.select("input[name=learningDifficulty]").val()).isEqualTo("NOT_KNOWN");

        services.on("POST", Drafts.COMMANDS + "/learning-difficulty-confirmation", Answer.noContent(9));
        mvc.perform(post(Drafts.PAGE + "/learning-difficulty").with(practitioner()).with(csrf())
                        .param("learningDifficulty", "NOT_KNOWN"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(Drafts.PAGE));
        assertThat(services.requests("POST", Drafts.COMMANDS + "/learning-difficulty-confirmation").get(0).body())
                .isEqualTo("{\"learningDifficulty\":\"NOT_KNOWN\"}");
    }
}
