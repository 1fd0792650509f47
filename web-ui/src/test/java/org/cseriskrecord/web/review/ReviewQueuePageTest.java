package org.cseriskrecord.web.review;

import org.cseriskrecord.web.support.Contracts;
import org.cseriskrecord.web.support.FakeServices.Answer;
import org.cseriskrecord.web.support.PageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Journey 5: the manager's queue of submitted assessments. */
class ReviewQueuePageTest extends PageTest {

    @Test
    void lists_the_assessments_awaiting_the_managers_authorisation_with_the_wait_and_the_others_apart() throws Exception {
        services.on("GET", "/api/cases", request -> Answer.json(200, Contracts.read(
                "awaitingMyAuthorisation=true&limit=500".equals(sorted(request.query()))
                        ? "case-list-awaiting-my-authorisation.json" : "case-list-submitted.json")));
        services.on("GET", "/api/dashboard", Answer.json(200, Contracts.read("dashboard-manager-review-queue.json")));

        var page = html(mvc.perform(get("/review").with(manager())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Assessments to review");
        var mine = page.select("#mine tbody tr");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).text()).contains("Jo Placeholder", "Less than a day", "Low");
        assertThat(mine.get(0).select("a").attr("href")).isEqualTo("/cases/ee50577c-5bb4-4bd8-bbde-d7b7cbc6421a"
                + "/assessments/7698a7fb-fdb1-410f-80eb-d230f1200cab/review");
        // The assessment the manager contributed to is listed apart: another manager decides it.
        var others = page.select("#others tbody tr");
        assertThat(others).hasSize(1);
        assertThat(others.get(0).text()).contains("Alex Example", "High");
        assertThat(page.select("#navigation a#nav-review").attr("aria-current")).isEqualTo("page");

        var queries = services.requests("GET", "/api/cases").stream().map(r -> sorted(r.query())).toList();
        assertThat(queries).containsExactlyInAnyOrder("awaitingMyAuthorisation=true&limit=500",
                "limit=500&status=SUBMITTED");
        assertThat(services.requests("GET", "/api/dashboard").get(0).authorization()).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void shows_the_step_down_and_below_the_floor_flags() throws Exception {
        String flagged = Contracts.read("case-list-awaiting-my-authorisation.json")
                .replace("\"stepDown\": false", "\"stepDown\": true")
                .replace("\"belowFloorWithIndicators\": false", "\"belowFloorWithIndicators\": true");
        services.on("GET", "/api/cases", Answer.json(200, flagged));
        services.on("GET", "/api/dashboard", Answer.json(200, Contracts.read("dashboard-manager-review-queue.json")));
        var page = html(mvc.perform(get("/review").with(manager())).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#mine tbody tr").get(0).select(".govuk-tag").eachText())
                .contains("Step-down", "Below the floor");
    }

    @Test
    void an_empty_queue_says_so() throws Exception {
        services.on("GET", "/api/cases", Answer.json(200, "[]"));
        services.on("GET", "/api/dashboard", Answer.json(200, Contracts.read("dashboard-manager-review-queue.json")));
        var page = html(mvc.perform(get("/review").with(manager())).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#mine-none").text()).isEqualTo("No assessment is waiting for your authorisation.");
        assertThat(page.select("#mine")).isEmpty();
    }

    @Test
    void only_managers_have_a_queue() throws Exception {
        mvc.perform(get("/review").with(practitioner())).andExpect(status().isForbidden());
        mvc.perform(get("/review").with(as("auditor", "Ari Auditor", "AUDITOR", null)))
                .andExpect(status().isForbidden());
        assertThat(services.requests("GET", "/api/cases")).isEmpty();
    }

    private static String sorted(String query) {
        return query == null ? "" : String.join("&", java.util.Arrays.stream(query.split("&")).sorted().toList());
    }
}
