package org.cseriskrecord.web.review;

import org.cseriskrecord.web.support.Contracts;
import org.cseriskrecord.web.support.FakeServices.Answer;
import org.cseriskrecord.web.support.PageTest;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Journey 5: the review of a submitted reassessment that steps the child down from HIGH to MEDIUM (recorded from the
 * real services: one indicator withdrawn with a reason, one added, evidence added to one kept), and the decision.
 */
class ReviewPageTest extends PageTest {

    static final String CASE_ID = "85fe1aa4-e1fb-430f-a358-98a6e8061b40";
    static final String ASSESSMENT = "7a4f8271-9ea7-4852-884f-5c250b5fd4b9";
    static final String PAGE = "/cases/" + CASE_ID + "/assessments/" + ASSESSMENT + "/review";

    private void submittedReassessment() {
        services.on("GET", "/api/cases/" + CASE_ID,
                Answer.json(200, Contracts.read("case-status-submitted-reassessment.json")).withSequence(18));
        services.on("GET", "/api/cases/" + CASE_ID + "/history",
                Answer.json(200, Contracts.read("history-submitted-reassessment.json")));
        services.on("GET", "/api/assessments/" + ASSESSMENT + "/changes",
                Answer.json(200, Contracts.read("changes-reassessment.json")));
    }

    /** A first assessment the Police manager started and submitted themself (recorded), reviewed by {@code who}. */
    private org.jsoup.nodes.Document firstAssessmentOfTheManager(
            org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
        services.on("GET", "/api/cases/edd34843-c55e-478a-9cbe-3df48a50d4c0",
                Answer.json(200, Contracts.read("case-status-submitted-by-manager.json")));
        services.on("GET", "/api/cases/edd34843-c55e-478a-9cbe-3df48a50d4c0/history",
                Answer.json(200, Contracts.read("history-submitted-by-manager.json")));
        services.on("GET", "/api/assessments/6862e687-0f40-4abf-8a06-eb30952d2ec4/changes",
                Answer.json(200, Contracts.read("changes-first-assessment.json")));
        return html(mvc.perform(get("/cases/edd34843-c55e-478a-9cbe-3df48a50d4c0/assessments/"
                + "6862e687-0f40-4abf-8a06-eb30952d2ec4/review").with(who)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void shows_the_assessment_what_changed_since_the_last_authorised_one_and_its_history() throws Exception {
        submittedReassessment();
        var page = html(mvc.perform(get(PAGE).with(manager())).andExpect(status().isOk()).andReturn());

        assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Sam Sample");
        assertThat(page.select("#suggested").text()).contains("Medium", "3 MEDIUM indicators");
        assertThat(page.select("#assessed").text()).contains("Medium",
                "Rationale: Sam has not been seen with unknown adults since the safety plan");
        assertThat(page.select("#flags").text()).isEqualTo("Step-down from High");
        assertThat(page.select("#response li").eachText())
                .containsExactly("Referral to the MASH", "Consideration of a Multi-Agency CSE strategy meeting");
        assertThat(page.select("#section-MEDIUM + ul").text()).contains("Missing or absent from home or care",
                "Missing from the foster home three times in August.",
                "Missing once in November, found at the bus station.", "Source: Police missing report.",
                "Observed on 20 November 2026.");
        assertThat(page.select("#section-HIGH + p").text()).isEqualTo("None marked.");

        assertThat(page.select("#what-changed ~ p").first().text())
                .isEqualTo("Compared with the authorised assessment of 1 September 2026.");
        assertThat(page.select("#level-changes tbody tr").eachText()).containsExactly(
                "The tool suggests High Medium", "The professional assessed High Medium",
                "The manager authorised High Not yet");
        assertThat(page.select("#step-down").text()).contains("This is a step-down");
        assertThat(page.select("#added-list").text())
                .isEqualTo("MEDIUM: Receiving calls/texts from unknown persons");
        assertThat(page.select("#withdrawn-list").text()).contains("HIGH: Meeting unknown adults",
                "Reason: No sightings with unknown adults since the safety plan began in October.",
                "withdrawn by practitioner");
        assertThat(page.select("#kept-list li")).hasSize(3);
        assertThat(page.select("#evidence-list li").eachText()).hasSize(2).first().asString()
                .contains("Missing once in November, found at the bus station.");

        var history = page.select("#history tbody tr");
        assertThat(history).hasSize(9);
        assertThat(history.get(0).text()).contains("practitioner (PRACTITIONER, Police)",
                "Submitted the assessment for authorisation");
        assertThat(history.last().text()).contains("Started an assessment dated 2026-12-01");

        assertThat(page.select("#authorise-form textarea#comments")).hasSize(1);
        assertThat(page.select("#authorise-form input[name=_csrf]")).hasSize(1);
        assertThat(page.select("#authorise-form input[name=level]").eachAttr("value"))
                .containsExactly("", "HIGH", "LOW", "NONE");
        assertThat(page.select("#return-form textarea#reason")).hasSize(1);
        assertThat(page.select("#cannot-decide")).isEmpty();
        assertThat(services.requests("GET", "/api/assessments/" + ASSESSMENT + "/changes").get(0).authorization())
                .isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void a_first_assessment_says_everything_is_new() throws Exception {
        var page = firstAssessmentOfTheManager(practitioner());
        assertThat(page.select("#first-assessment").text()).startsWith("This is the child's first assessment");
        assertThat(page.select("#level-changes tbody tr").first().text()).isEqualTo("The tool suggests None High");
    }

    @Test
    void the_practitioner_is_told_they_cannot_authorise_and_is_offered_no_button() throws Exception {
        submittedReassessment();
        var page = html(mvc.perform(get(PAGE).with(practitioner())).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#cannot-decide").text()).isEqualTo("Only a manager can authorise or return an "
                + "assessment. A manager of your agency who did not contribute to it will review it.");
        assertThat(page.select("#authorise, #return, #authorise-form, #return-form")).isEmpty();
    }

    @Test
    void a_manager_who_contributed_is_told_another_manager_must_decide() throws Exception {
        var page = firstAssessmentOfTheManager(manager());
        assertThat(page.select("#cannot-decide").text()).isEqualTo("You contributed to this assessment, so another "
                + "manager must authorise or return it (four-eyes rule).");
        assertThat(page.select("#authorise-form")).isEmpty();
    }

    @Test
    void a_manager_of_another_agency_is_told_whose_managers_decide() throws Exception {
        submittedReassessment();
        var page = html(mvc.perform(get(PAGE).with(as("manager2", "Mo Manager", "MANAGER", "Health")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#cannot-decide").text()).startsWith("Only a manager of Police, the agency of the "
                + "practitioner who submitted it");
    }

    @Test
    void authorising_sends_the_comments_and_shows_the_case_once_the_read_side_has_it() throws Exception {
        var polls = new AtomicInteger();
        submittedReassessment();
        services.on("GET", "/api/cases/" + CASE_ID, request -> Answer.json(200,
                Contracts.read("case-status-authorised-reassessment.json"))
                .withSequence(polls.incrementAndGet() < 2 ? 19 : 20));
        services.on("POST", "/api/assessments/" + ASSESSMENT + "/authorisation", Answer.noContent(20));

        mvc.perform(post(PAGE.replace("/review", "/authorisation")).with(manager()).with(csrf())
                        .param("comments", "Agreed: the safety plan is working.").param("level", "")
                        .param("levelRationale", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/cases/" + CASE_ID))
                .andExpect(flash().attribute("success", "The assessment has been authorised."))
                .andExpect(flash().attributeCount(1));

        var sent = services.requests("POST", "/api/assessments/" + ASSESSMENT + "/authorisation").get(0);
        assertThat(sent.body()).isEqualTo("{\"comments\":\"Agreed: the safety plan is working.\"}");
        assertThat(sent.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(polls.get()).isEqualTo(2);
    }

    @Test
    void a_level_of_the_managers_own_is_sent_with_its_reason() throws Exception {
        submittedReassessment();
        services.on("POST", "/api/assessments/" + ASSESSMENT + "/authorisation", Answer.noContent(18));
        mvc.perform(post(PAGE.replace("/review", "/authorisation")).with(manager()).with(csrf())
                        .param("comments", "").param("level", "HIGH")
                        .param("levelRationale", "Still contacted by the same adults."))
                .andExpect(status().isFound());
        assertThat(services.requests("POST", "/api/assessments/" + ASSESSMENT + "/authorisation").get(0).body())
                .isEqualTo("{\"level\":\"HIGH\",\"levelRationale\":\"Still contacted by the same adults.\"}");
    }

    @Test
    void a_different_level_without_a_reason_shows_the_services_sentence_at_the_reason_and_keeps_the_answers() throws Exception {
        submittedReassessment();
        services.on("POST", "/api/assessments/" + ASSESSMENT + "/authorisation",
                Answer.json(400, Contracts.read("problem-authorise-own-level-without-reason.json")));
        var page = html(mvc.perform(post(PAGE.replace("/review", "/authorisation")).with(manager()).with(csrf())
                        .param("comments", "Concerned.").param("level", "HIGH"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#levelRationale");
        assertThat(page.select(".govuk-error-summary a").text()).isEqualTo(
                "You are authorising HIGH where the practitioner assessed MEDIUM: please give your reason for a "
                        + "different level.");
        assertThat(page.select("textarea#comments").text()).isEqualTo("Concerned.");
        assertThat(page.select("input#level-HIGH").hasAttr("checked")).isTrue();
        assertThat(page.select("details.govuk-details").hasAttr("open")).isTrue();
    }

    @Test
    void a_submission_that_no_longer_holds_lists_every_unmet_requirement_and_points_to_returning_it() throws Exception {
        submittedReassessment();
        services.on("POST", "/api/assessments/" + ASSESSMENT + "/authorisation",
                Answer.json(409, Contracts.read("problem-authorise-no-longer-holds.json")));
        var page = html(mvc.perform(post(PAGE.replace("/review", "/authorisation")).with(manager()).with(csrf())
                        .param("comments", "x"))
                .andExpect(status().isOk()).andReturn());
        var items = page.select(".govuk-error-summary li");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).text()).startsWith("This assessment no longer meets what its submission required");
        assertThat(items.get(1).text()).startsWith("A child under 13 or with learning difficulties cannot be assessed");
        assertThat(items.get(2).text()).startsWith("The level you assess (LOW) is below the suggested level");
        assertThat(items.select("a").eachAttr("href")).containsOnly("#reason");
        assertThat(page.select("#return-form textarea#reason")).hasSize(1);
    }

    @Test
    void a_refusal_of_who_may_authorise_shows_the_services_sentence_in_the_error_summary() throws Exception {
        submittedReassessment();
        services.on("POST", "/api/assessments/" + ASSESSMENT + "/authorisation",
                Answer.json(403, Contracts.read("problem-authorise-contributed.json")));
        var page = html(mvc.perform(post(PAGE.replace("/review", "/authorisation")).with(manager()).with(csrf())
                        .param("comments", "x"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".govuk-error-summary").text()).contains(
                "You contributed to this assessment, so another manager must authorise it (four-eyes rule).");
    }

    @Test
    void returning_needs_a_reason_shown_beside_the_box() throws Exception {
        submittedReassessment();
        services.on("POST", "/api/assessments/" + ASSESSMENT + "/return",
                Answer.json(400, Contracts.read("problem-return-no-reason.json")));
        var page = html(mvc.perform(post(PAGE.replace("/review", "/return")).with(manager()).with(csrf())
                        .param("reason", " "))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#reason");
        assertThat(page.select("#reason-error").text())
                .isEqualTo("Error: The reason is required: tell the practitioner what to put right");
        assertThat(page.select("#reason").attr("aria-describedby")).contains("reason-error");
    }

    @Test
    void returning_sends_the_reason_and_shows_the_case() throws Exception {
        submittedReassessment();
        services.on("POST", "/api/assessments/" + ASSESSMENT + "/return", Answer.noContent(18));
        mvc.perform(post(PAGE.replace("/review", "/return")).with(manager()).with(csrf())
                        .param("reason", "Please add evidence of the calls."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/cases/" + CASE_ID))
                .andExpect(flash().attribute("success", "The assessment has been returned to the practitioner."));
        assertThat(services.requests("POST", "/api/assessments/" + ASSESSMENT + "/return").get(0).body())
                .isEqualTo("{\"reason\":\"Please add evidence of the calls.\"}");
    }

    @Test
    void a_decision_without_the_csrf_token_is_refused_and_nothing_is_sent() throws Exception {
        mvc.perform(post(PAGE.replace("/review", "/authorisation")).with(manager()).param("comments", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post(PAGE.replace("/review", "/return")).with(manager()).param("reason", "x"))
                .andExpect(status().isForbidden());
        assertThat(services.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void an_earlier_assessment_is_not_reviewed_here() throws Exception {
        submittedReassessment();
        var page = html(mvc.perform(get("/cases/" + CASE_ID + "/assessments/384bdb2e-19c6-488e-adf2-8befdc0b83a0/review")
                .with(manager())).andExpect(status().isNotFound()).andReturn());
        assertThat(page.select("main").text()).contains("This is not the case's current assessment");
    }
}
