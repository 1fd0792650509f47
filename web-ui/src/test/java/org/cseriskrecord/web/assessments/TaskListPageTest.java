package org.cseriskrecord.web.assessments;

import org.cseriskrecord.web.support.Contracts;
import org.cseriskrecord.web.support.FakeServices.Answer;
import org.cseriskrecord.web.support.PageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Journey 4: the assessment's task list, its statuses and the summary panel. */
class TaskListPageTest extends PageTest {

    @Test
    void lists_the_tools_parts_in_the_seeds_order_with_a_status_worked_out_from_the_record() throws Exception {
        Drafts.draft(services, 9);
        var page = html(mvc.perform(get(Drafts.PAGE).with(practitioner())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Complete the assessment");
        assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Jamie Example");
        assertThat(page.select(".govuk-task-list__link").eachText()).containsExactly("Vulnerability Factors",
                "Early Indicators of CSE/LOW", "Strong Indicators of CSE/MEDIUM", "Serious indicators of CSE/HIGH",
                "Additional detail/evidence", "Professional\u2019s analysis",
                "Professional(s) details completing the assessment", "Check answers and submit");
        // A vulnerability factor needs no evidence; the MEDIUM indicator has none yet; HIGH is evidenced.
        assertThat(page.select("#task-section-VULNERABILITY-status").text()).isEqualTo("Completed");
        assertThat(page.select("#task-section-LOW-status").text()).isEqualTo("Not yet started");
        assertThat(page.select("#task-section-MEDIUM-status").text()).isEqualTo("In progress");
        assertThat(page.select("#task-section-HIGH-status").text()).isEqualTo("Completed");
        assertThat(page.select("#task-additional-detail-status").text()).isEqualTo("Completed");
        assertThat(page.select("#task-analysis-status").text()).isEqualTo("Not yet started");
        assertThat(page.select("#task-section-MEDIUM").attr("aria-describedby"))
                .isEqualTo("task-section-MEDIUM-status");
        assertThat(page.select("#task-section-HIGH").attr("href")).isEqualTo(Drafts.PAGE + "/sections/HIGH");
        assertThat(page.select("#tasks-progress").text()).isEqualTo("You have completed 4 of 8 sections.");
        assertThat(page.select("#task-learning-difficulty")).isEmpty();
        assertThat(services.requests("GET", "/api/cases/" + Drafts.CASE_ID).get(0).authorization())
                .isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void the_summary_panel_shows_the_counts_the_suggestion_the_rule_the_floor_and_the_areas_response()
            throws Exception {
        Drafts.draft(services, 9);
        var page = html(mvc.perform(get(Drafts.PAGE).with(practitioner())).andExpect(status().isOk()).andReturn());

        var panel = page.select(".app-assessment-summary");
        assertThat(panel.select("#assessment-counts caption").text()).isEqualTo("No. of indicators:");
        assertThat(panel.select("#assessment-counts th").eachText()).containsExactly("Vulnerability", "LOW", "MED",
                "HIGH");
        assertThat(panel.select("#assessment-counts td").eachText()).containsExactly("1", "0", "1", "1");
        assertThat(panel.select("#assessment-suggested").text()).isEqualTo("The tool suggests High");
        assertThat(panel.select("#assessment-rule").text())
                .isEqualTo("Because: 1 HIGH indicator: Meeting unknown adults");
        assertThat(panel.select("#assessment-floor").text()).contains("whether the child has a learning difficulty "
                + "is not known (the floor applies until it is known)");
        assertThat(panel.select("#assessment-below-threshold").text()).contains("1 MEDIUM indicator present below "
                + "the threshold of 2");
        assertThat(panel.select("h3").text()).isEqualTo("Required response (County)");
        assertThat(panel.select("#assessment-actions li").eachText()).containsExactly("Immediate referral to MASH",
                "A CSE strategy meeting should be held");
        assertThat(panel.select("#assessment-notes").text()).contains("this form does not replace a referral");
    }

    @Test
    void a_returned_assessment_shows_the_managers_reason() throws Exception {
        Drafts.city(services, "case-status-assessment-returned.json");
        var page = html(mvc.perform(get(Drafts.CITY_PAGE).with(practitioner())).andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("#returned-title").text()).isEqualTo("Returned");
        assertThat(page.select("#returned-reason").text())
                .isEqualTo("Please add the school's evidence from this week.");
        assertThat(page.select("h3").text()).isEqualTo("Required response (City)");
    }

    @Test
    void a_submitted_assessment_opens_read_only_at_its_answers() throws Exception {
        Drafts.catalogue(services);
        services.on("GET", "/api/cases/" + Drafts.CASE_ID, Answer.json(200,
                Contracts.read("case-status-assessment-draft.json").replace("\"DRAFT\"", "\"SUBMITTED\"")));
        mvc.perform(get(Drafts.PAGE).with(practitioner()))
                .andExpect(status().isFound()).andExpect(redirectedUrl(Drafts.PAGE + "/check-answers"));
        var page = html(mvc.perform(get(Drafts.PAGE + "/check-answers").with(practitioner()))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("h1").text()).isEqualTo("The assessment");
        assertThat(page.select("#submit")).isEmpty();
        assertThat(page.select(".govuk-summary-list__actions")).isEmpty();
    }

    @Test
    void a_manager_or_auditor_reads_a_draft_at_its_answers_without_links_to_change_or_submit_it() throws Exception {
        Drafts.draft(services, 9);
        mvc.perform(get(Drafts.PAGE).with(manager()))
                .andExpect(status().isFound()).andExpect(redirectedUrl(Drafts.PAGE + "/check-answers"));
        var page = html(mvc.perform(get(Drafts.PAGE + "/check-answers")
                        .with(as("auditor", "Ari Auditor", "AUDITOR", null)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#check-HIGH + dl").text()).contains("Meeting unknown adults");
        assertThat(page.select("#submit")).isEmpty();
        assertThat(page.select(".govuk-summary-list__actions")).isEmpty();
    }

    @Test
    void an_assessment_that_is_not_the_cases_current_one_is_a_404_page() throws Exception {
        Drafts.draft(services, 9);
        var page = html(mvc.perform(get("/cases/" + Drafts.CASE_ID + "/assessments/an-older-one")
                .with(practitioner())).andExpect(status().isNotFound()).andReturn());
        assertThat(page.select("main").text()).contains("This is not the case's current assessment");
    }

    @Test
    void the_case_page_offers_to_continue_a_draft_and_to_start_once_none_is_open() throws Exception {
        Drafts.draft(services, 9);
        var page = html(mvc.perform(get("/cases/" + Drafts.CASE_ID).with(practitioner())).andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("#continue-assessment").attr("href")).isEqualTo(Drafts.PAGE);
        assertThat(page.select("#start-assessment")).isEmpty();

        services.on("GET", "/api/cases/" + Drafts.CASE_ID, Answer.json(200,
                Contracts.read("case-status-assessment-draft.json").replace("\"DRAFT\"", "\"AUTHORISED\"")));
        page = html(mvc.perform(get("/cases/" + Drafts.CASE_ID).with(practitioner())).andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("#start-assessment").attr("href"))
                .isEqualTo("/cases/" + Drafts.CASE_ID + "/assessments/new");
        assertThat(page.select("#continue-assessment")).isEmpty();

        page = html(mvc.perform(get("/cases/" + Drafts.CASE_ID).with(as("auditor", "Ari Auditor", "AUDITOR", null)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#start-assessment, #continue-assessment")).isEmpty();
    }
}
