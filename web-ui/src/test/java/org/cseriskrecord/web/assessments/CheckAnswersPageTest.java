package org.cseriskrecord.web.assessments;

import org.cseriskrecord.web.support.Contracts;
import org.cseriskrecord.web.support.FakeServices.Answer;
import org.cseriskrecord.web.support.PageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Journey 4: check answers (GOV.UK pattern, with Change links), then submit; gaps become the error summary. */
class CheckAnswersPageTest extends PageTest {

    static final String CHECK = Drafts.PAGE + "/check-answers";

    @Test
    void shows_every_part_with_what_was_ticked_its_evidence_and_a_change_link_to_the_box() throws Exception {
        Drafts.draft(services, 9);
        var page = html(mvc.perform(get(CHECK).with(practitioner())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Check your answers before submitting the assessment");
        assertThat(page.select("#check-VULNERABILITY + dl").text()).contains("Looked after child");
        var high = page.select("#check-HIGH + dl");
        assertThat(high.text()).contains("Meeting unknown adults", "Seen getting into a car with an unknown adult",
                "Car seen twice near the school");
        assertThat(high.select("a").eachAttr("href")).contains(
                Drafts.PAGE + "/sections/HIGH#indicator-HIGH_MEETING_UNKNOWN_ADULTS",
                Drafts.PAGE + "/additional-detail#detail-HIGH");
        assertThat(high.select("a").first().select(".govuk-visually-hidden").text())
                .isEqualTo("Meeting unknown adults");
        assertThat(page.select("#check-MEDIUM + dl").text()).contains("Missing or absent from home or care",
                "No evidence yet");
        assertThat(page.select("#check-LOW + dl").text()).contains("None ticked");
        assertThat(page.select("#check-completed-by + dl").text()).contains("Name practitioner", "Agency Police");
        assertThat(page.select("#check-analysis + dl").text()).contains("Your final professional view regarding "
                + "risk levels Not recorded", "The child is assessed as Not recorded");
        assertThat(page.select("form[action=" + Drafts.PAGE + "/submission] input[name=_csrf]")).hasSize(1);
    }

    @Test
    void submitting_with_gaps_lists_every_unmet_requirement_linking_to_the_box_that_fills_it() throws Exception {
        Drafts.draft(services, 9);
        services.on("POST", Drafts.COMMANDS + "/submission",
                Answer.json(409, Contracts.read("problem-unmet-requirements.json")));
        var page = html(mvc.perform(post(Drafts.PAGE + "/submission").with(practitioner()).with(csrf()))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.title()).startsWith("Error: ");
        var links = page.select(".govuk-error-summary a");
        assertThat(links.eachText()).containsExactly(
                "Evidence the MEDIUM indicator \u201cMissing or absent from home or care\u201d (please ensure you "
                        + "evidence each of the risk indicators highlighted).",
                "Record the professional's analysis and the level the child is assessed as.");
        assertThat(links.eachAttr("href")).containsExactly(
                Drafts.PAGE + "/sections/MEDIUM#evidence-MEDIUM_MISSING_FROM_HOME_OR_CARE",
                Drafts.PAGE + "/analysis#analysis");
        assertThat(services.requests("POST", Drafts.COMMANDS + "/submission").get(0).authorization())
                .isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void every_kind_of_unmet_requirement_links_to_the_page_that_puts_it_right() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var view = new AssessmentView(Drafts.CASE_ID, "Jamie Example", java.util.Map.of(), java.util.Map.of(),
                mapper.readTree(Contracts.read("case-status-assessment-draft.json")).path("currentAssessment"),
                mapper.readTree(Contracts.read("catalogue.json")));
        assertThat(UnmetRequirements.where("Confirm or withdraw the indicator carried forward from the previous "
                + "assessment: \u201cMeeting unknown adults\u201d.", view))
                .isEqualTo("/sections/HIGH#indicator-HIGH_MEETING_UNKNOWN_ADULTS");
        assertThat(UnmetRequirements.where("\u201cSocial or learning difficulties\u201d is marked while the child's "
                + "learning difficulty is recorded as NOT_KNOWN: check the child's details", view))
                .isEqualTo("/learning-difficulty#learningDifficulty");
        assertThat(UnmetRequirements.where("The level you assess (LOW) is below the suggested level (HIGH); please "
                + "write down the professional rationale for this.", view)).isEqualTo("/analysis#rationale");
        assertThat(UnmetRequirements.where("A child under 13 or with learning difficulties cannot be assessed as LOW "
                + "risk: here the child is under 13. Please assess MEDIUM or HIGH.", view))
                .isEqualTo("/analysis#assessedLevel");
        assertThat(UnmetRequirements.where("Something this page does not know yet.", view)).isEmpty();
    }

    @Test
    void submitting_waits_for_the_read_side_and_shows_the_case_with_the_banner() throws Exception {
        Drafts.draft(services, 9);
        services.on("POST", Drafts.COMMANDS + "/submission", request -> {
            Drafts.draft(services, 12);
            return Answer.noContent(12);
        });
        mvc.perform(post(Drafts.PAGE + "/submission").with(practitioner()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/cases/" + Drafts.CASE_ID))
                .andExpect(flash().attribute("success",
                        "The assessment has been submitted for a manager of your agency to authorise."))
                .andExpect(flash().attributeCount(1));
    }

    @Test
    void another_refusal_is_the_services_own_page() throws Exception {
        Drafts.draft(services, 9);
        services.on("POST", Drafts.COMMANDS + "/submission",
                Answer.json(403, Contracts.read("problem-forbidden.json")));
        mvc.perform(post(Drafts.PAGE + "/submission").with(practitioner()).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
