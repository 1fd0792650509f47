package org.cseriskrecord.web.cases;

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

/** Journey 8: discarding a draft with a reason; read-your-writes before the next page. */
class DiscardPageTest extends PageTest {

    static final String CASE_ID = "6f1c1e0a-2222-4c1e-9a51-000000000002";
    static final String PAGE = "/cases/" + CASE_ID + "/assessments/a-2/discard";

    @Test
    void discards_with_the_reason_and_shows_the_case_only_once_the_read_side_has_the_change() throws Exception {
        var polls = new AtomicInteger();
        // The read side catches up on the third look: the page must wait for it.
        services.on("GET", "/api/cases/" + CASE_ID, request -> Answer.json(200,
                Contracts.read("case-status-draft.json")).withSequence(polls.incrementAndGet() < 3 ? 6 : 7));
        services.on("POST", "/api/assessments/a-2/discard", Answer.noContent(7));

        mvc.perform(post(PAGE).with(practitioner()).with(csrf()).param("reason", "Started on the wrong case"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/cases/" + CASE_ID))
                .andExpect(flash().attribute("success", "The draft assessment has been discarded."))
                .andExpect(flash().attributeCount(1));

        var sent = services.requests("POST", "/api/assessments/a-2/discard").get(0);
        assertThat(sent.body()).isEqualTo("{\"reason\":\"Started on the wrong case\"}");
        assertThat(sent.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(polls.get()).isEqualTo(3);
    }

    @Test
    void says_so_when_the_read_side_has_not_caught_up_within_the_wait() throws Exception {
        services.on("GET", "/api/cases/" + CASE_ID,
                Answer.json(200, Contracts.read("case-status-draft.json")).withSequence(6));
        services.on("POST", "/api/assessments/a-2/discard", Answer.noContent(7));
        mvc.perform(post(PAGE).with(practitioner()).with(csrf()).param("reason", "Duplicate"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice",
                        org.hamcrest.Matchers.startsWith("Your change has been saved, but the case record has not")))
                .andExpect(flash().attribute(org.cseriskrecord.web.api.ReadYourWrites.NOT_SHOWN_YET, true));
    }

    @Test
    void a_refused_reason_shows_the_error_summary_and_the_inline_error_and_keeps_the_text() throws Exception {
        services.on("GET", "/api/cases/" + CASE_ID, Answer.json(200, Contracts.read("case-status-draft.json")));
        services.on("POST", "/api/assessments/a-2/discard",
                Answer.json(400, Contracts.read("problem-invalid-reason.json")));
        var page = html(mvc.perform(post(PAGE).with(practitioner()).with(csrf()).param("reason", "  "))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#reason");
        assertThat(page.select(".govuk-error-summary a").text()).isEqualTo("Enter why you are discarding this draft");
        assertThat(page.select("#reason-error").text()).isEqualTo("Error: Enter why you are discarding this draft");
        assertThat(page.select("#reason").attr("aria-describedby")).contains("reason-error");
        assertThat(page.select("textarea#reason").text()).isEqualTo("");
    }

    @Test
    void a_refusal_because_of_who_asks_is_a_403_page_with_the_reason() throws Exception {
        services.on("POST", "/api/assessments/a-2/discard", Answer.json(403, Contracts.read("problem-forbidden.json")));
        var page = html(mvc.perform(post(PAGE).with(manager()).with(csrf()).param("reason", "Not needed"))
                .andExpect(status().isForbidden()).andReturn());
        assertThat(page.select("main").text())
                .contains("Only the draft's author or a manager of the author's agency may discard it.");
    }

    @Test
    void the_form_names_the_child_and_posts_with_a_csrf_token() throws Exception {
        services.on("GET", "/api/cases/" + CASE_ID, Answer.json(200, Contracts.read("case-status-draft.json")));
        var page = html(mvc.perform(get(PAGE).with(practitioner())).andExpect(status().isOk()).andReturn());
        assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Robin Sample");
        assertThat(page.select("form[action$=/discard] input[name=_csrf]")).hasSize(1);
        assertThat(page.select("label[for=reason]").text()).isEqualTo("Why are you discarding this draft?");
        mvc.perform(post(PAGE).with(practitioner()).param("reason", "x")).andExpect(status().isForbidden());
        assertThat(services.requests("POST", "/api/assessments/a-2/discard")).isEmpty();
    }
}
