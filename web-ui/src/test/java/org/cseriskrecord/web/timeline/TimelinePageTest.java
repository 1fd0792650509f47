package org.cseriskrecord.web.timeline;

import org.cseriskrecord.web.support.Contracts;
import org.cseriskrecord.web.support.FakeServices.Answer;
import org.cseriskrecord.web.support.PageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Journey 6: the child's level over time and the case's history as a timeline. */
class TimelinePageTest extends PageTest {

    static final String CASE_ID = "85fe1aa4-e1fb-430f-a358-98a6e8061b40";

    @Test
    void shows_the_level_over_time_as_a_chart_and_a_table_and_the_history_newest_first() throws Exception {
        services.on("GET", "/api/cases/" + CASE_ID,
                Answer.json(200, Contracts.read("case-status-authorised-reassessment.json")));
        services.on("GET", "/api/cases/" + CASE_ID + "/history",
                Answer.json(200, Contracts.read("history-authorised-and-revoked.json")));

        var page = html(mvc.perform(get("/cases/" + CASE_ID + "/timeline").with(practitioner()))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Timeline");
        var svg = page.select("svg#level-chart");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.select("title#level-chart-title").text()).isEqualTo("The child's level over time");
        assertThat(svg.select("desc").text()).startsWith("2 authorised assessments; the level now is Medium.");
        assertThat(svg.select("circle")).hasSize(2);
        assertThat(svg.select("circle title").eachText()).containsExactly("1 September 2026: High",
                "1 December 2026: Medium");
        assertThat(svg.select("path").attr("d")).startsWith("M90.0,20.0 H");

        var rows = page.select("#assessments tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text()).isEqualTo("1 September 2026 Authorised High High High");
        assertThat(rows.get(1).text()).isEqualTo("1 December 2026 Authorised Medium Medium Medium Step-down");

        var items = page.select("#history .app-timeline__item");
        assertThat(items).hasSize(22);
        assertThat(items.get(0).select(".app-timeline__title").text()).isEqualTo("Share revoked");
        assertThat(items.get(0).select(".app-timeline__byline").text()).isEqualTo("by manager (Manager, Police)");
        assertThat(items.get(0).select(".app-timeline__description").text())
                .isEqualTo("Revoked the share with Health; reason: The nurse's support has ended.");
        assertThat(items.get(0).select("time").attr("datetime")).endsWith("Z");
        assertThat(items.last().select(".app-timeline__title").text()).isEqualTo("Case opened");
    }

    @Test
    void a_correction_shows_the_values_before_and_after() throws Exception {
        services.on("GET", "/api/cases/ee50577c-5bb4-4bd8-bbde-d7b7cbc6421a",
                Answer.json(200, Contracts.read("case-status-submitted-no-longer-holds.json")));
        services.on("GET", "/api/cases/ee50577c-5bb4-4bd8-bbde-d7b7cbc6421a/history",
                Answer.json(200, Contracts.read("history-child-corrected-after-submission.json")));
        var page = html(mvc.perform(get("/cases/ee50577c-5bb4-4bd8-bbde-d7b7cbc6421a/timeline")
                .with(practitioner())).andExpect(status().isOk()).andReturn());
        var latest = page.select("#history .app-timeline__item").get(0);
        assertThat(latest.select(".app-timeline__title").text()).isEqualTo("Child details corrected");
        assertThat(latest.select("tbody tr").text()).isEqualTo("learningDifficulty NO YES");
        assertThat(page.select("#no-levels").text()).startsWith("No assessment has been authorised yet");
        assertThat(page.select("svg")).isEmpty();
    }
}
