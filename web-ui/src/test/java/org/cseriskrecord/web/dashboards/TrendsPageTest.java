package org.cseriskrecord.web.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.web.support.Contracts;
import org.cseriskrecord.web.support.FakeServices.Answer;
import org.cseriskrecord.web.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, pages: the board's trends as server-drawn charts and tables, from query-service's recorded answers
 * (recorded from the real query-service over the local stack's demo data, 60 children).
 */
class TrendsPageTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LEVELS = List.of("NONE", "LOW", "MEDIUM", "HIGH");

    static OidcLoginRequestPostProcessor board() {
        return as("board", "Bailey Board", "BOARD", null);
    }

    static OidcLoginRequestPostProcessor auditor() {
        return as("auditor", "Alex Auditor", "AUDITOR", null);
    }

    private Document boardTrends() throws Exception {
        services.on("GET", "/api/board/trends", Answer.json(200, Contracts.read("trends-board.json")));
        return html(mvc.perform(get("/trends").with(board()).param("from", "2025-06").param("to", "2026-11"))
                .andExpect(status().isOk()).andReturn());
    }

    @Test
    void a_board_member_sees_three_charts_each_with_its_accessible_name_and_description() throws Exception {
        var page = boardTrends();

        var call = services.requests("GET", "/api/board/trends").get(0);
        assertThat(call.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(call.query()).isEqualTo("from=2025-06&to=2026-11");
        var charts = page.select("figure.app-chart > svg[role=img]");
        assertThat(charts).extracting(Element::id)
                .containsExactly("chart-levels", "chart-assessments", "chart-judgement");
        for (Element svg : charts) {
            assertThat(page.getElementById(svg.attr("aria-labelledby")).tagName()).isEqualTo("title");
            assertThat(page.getElementById(svg.attr("aria-describedby")).tagName()).isEqualTo("desc");
            assertThat(svg.attr("viewBox").toLowerCase()).isEqualTo("0 0 720 300");
            // 18 months, one bar per series and month.
            assertThat(svg.select("g.app-chart__bars > rect")).hasSize(18 * (svg.id().equals("chart-levels") ? 4 : 3));
        }
        assertThat(page.select("#chart-levels-title").text())
                .isEqualTo("Children at each risk level, at the end of each month");
        assertThat(page.select("#chart-levels-desc").text()).contains("June 2025 to November 2026",
                "No risk, Low, Medium, High", "A hatched band labelled <5 is a count from 1 to 4",
                "The same numbers are in the table after the chart");
        assertThat(page.select("#chart-levels").next().select("li").eachText())
                .containsExactly("No risk", "Low", "Medium", "High", "<5 (a count from 1 to 4)");
        assertThat(page.select("#period").text()).isEqualTo("June 2025 to November 2026");
    }

    @Test
    void the_tables_show_exactly_the_numbers_query_service_gave_with_suppressed_counts_as_less_than_five()
            throws Exception {
        var page = boardTrends();
        JsonNode trends = JSON.readTree(Contracts.read("trends-board.json"));

        List<List<String>> levels = new ArrayList<>();
        List<List<String>> assessments = new ArrayList<>();
        List<List<String>> judgement = new ArrayList<>();
        for (JsonNode m : trends.path("months")) {
            String month = YearMonth.parse(m.path("month").asText()).format(Months.LONG);
            List<String> row = new ArrayList<>(List.of(month));
            LEVELS.forEach(level -> row.add(m.path("childrenAtLevel").path(level).asText()));
            levels.add(row);
            assessments.add(List.of(month, m.path("assessmentsAuthorised").asText(), m.path("escalations").asText(),
                    m.path("deescalations").asText()));
            judgement.add(List.of(month, m.path("judgement").path("above").asText(),
                    m.path("judgement").path("equal").asText(), m.path("judgement").path("below").asText()));
        }
        assertThat(rows(page, "#table-levels")).isEqualTo(levels);
        assertThat(rows(page, "#table-assessments")).isEqualTo(assessments);
        assertThat(rows(page, "#table-judgement")).isEqualTo(judgement);
        assertThat(levels.stream().flatMap(List::stream)).as("the recording has suppressed cells").contains("<5");

        List<List<String>> indicators = new ArrayList<>();
        // The seed's labels are verbatim (some with two spaces); a browser shows any run of spaces as one.
        trends.path("indicators").forEach(i -> indicators.add(List.of(i.path("label").asText().replaceAll(" +", " "),
                categoryName(i.path("category").asText()), i.path("count").asText())));
        assertThat(rows(page, "#table-indicators")).isEqualTo(indicators);

        for (String breakdown : List.of("byAgeBand", "byGender", "byEthnicity")) {
            List<List<String>> expected = new ArrayList<>();
            for (JsonNode b : trends.path(breakdown)) {
                List<String> row = new ArrayList<>(List.of(b.path("label").asText(),
                        b.path("assessmentsAuthorised").asText()));
                LEVELS.forEach(level -> row.add(b.path("atLevel").path(level).asText()));
                expected.add(row);
            }
            assertThat(rows(page, "#table-" + breakdown)).as(breakdown).isEqualTo(expected);
        }

        List<List<String>> locations = new ArrayList<>();
        trends.path("locations").forEach(l -> locations.add(List.of(l.path("location").asText(),
                l.path("count").asText())));
        assertThat(locations).isNotEmpty();
        assertThat(rows(page, "#table-locations")).isEqualTo(locations);
    }

    @Test
    void a_suppressed_count_is_drawn_as_a_hatched_dashed_band_labelled_less_than_five_never_as_a_number()
            throws Exception {
        var page = boardTrends();
        JsonNode months = JSON.readTree(Contracts.read("trends-board.json")).path("months");

        var bars = page.select("#chart-levels g.app-chart__bars > rect");
        int i = 0;
        for (JsonNode m : months) {
            for (String level : LEVELS) {
                JsonNode count = m.path("childrenAtLevel").path(level);
                Element bar = bars.get(i++);
                assertThat(bar.attr("data-value")).isEqualTo(count.asText());
                if (count.isTextual()) {
                    assertThat(count.asText()).isEqualTo("<5");
                    assertThat(bar.attr("data-suppressed")).isEqualTo("true");
                    assertThat(bar.attr("fill")).isEqualTo("url(#chart-levels-suppressed)");
                    assertThat(bar.attr("stroke-dasharray")).isEqualTo("3 2");
                    assertThat(Double.parseDouble(bar.attr("y")) + Double.parseDouble(bar.attr("height")))
                            .as("a band above the baseline, not a bar from 0").isLessThan(BarChart.BASELINE);
                } else {
                    assertThat(bar.attr("data-suppressed")).isEqualTo("false");
                    assertThat(bar.hasAttr("stroke-dasharray")).isFalse();
                    assertThat(bar.attr("fill")).doesNotContain("suppressed");
                }
                assertThat(bar.select("title").text()).endsWith(": " + count.asText());
            }
        }
        assertThat(page.select("#chart-levels-suppressed")).hasSize(1);
        assertThat(page.select("#chart-levels-suppressed").first().tagName()).isEqualTo("pattern");
    }

    @Test
    void without_months_the_page_shows_the_last_twelve_and_its_form_says_which() throws Exception {
        services.on("GET", "/api/board/trends", Answer.json(200, Contracts.read("trends-board.json")));
        var page = html(mvc.perform(get("/trends").with(board())).andExpect(status().isOk()).andReturn());

        YearMonth now = YearMonth.now(ZoneId.of("Europe/London"));
        assertThat(services.requests("GET", "/api/board/trends").get(0).query())
                .isEqualTo("from=" + now.minusMonths(11) + "&to=" + now);
        assertThat(page.select("#from").val()).isEqualTo(now.minusMonths(11).toString());
        assertThat(page.select("#to").val()).isEqualTo(now.toString());
        assertThat(page.select("#download-csv").attr("href"))
                .isEqualTo("/trends/csv?from=" + now.minusMonths(11) + "&to=" + now);
    }

    @Test
    void area_and_agency_go_to_query_service_stay_in_the_form_and_in_the_csv_link() throws Exception {
        services.on("GET", "/api/board/trends", Answer.json(200, Contracts.read("trends-board.json")));
        var page = html(mvc.perform(get("/trends").with(auditor()).param("from", "2025-06").param("to", "2026-11")
                .param("area", "CITY").param("agency", " Police ")).andExpect(status().isOk()).andReturn());

        assertThat(services.requests("GET", "/api/board/trends").get(0).query())
                .isEqualTo("from=2025-06&to=2026-11&area=CITY&agency=Police");
        assertThat(page.select("#area option[selected]").val()).isEqualTo("CITY");
        assertThat(page.select("#agency").val()).isEqualTo(" Police ");
        assertThat(page.select("#download-csv").attr("href"))
                .isEqualTo("/trends/csv?from=2025-06&to=2026-11&area=CITY&agency=Police");
        assertThat(page.select("form[action=/trends]").attr("method")).isEqualTo("get");
    }

    @Test
    void a_manager_sees_their_own_agency_without_an_agency_choice() throws Exception {
        services.on("GET", "/api/board/trends", Answer.json(200, Contracts.read("trends-manager.json")));
        var page = html(mvc.perform(get("/trends").with(manager()).param("from", "2026-06").param("to", "2026-11"))
                .andExpect(status().isOk()).andReturn());

        assertThat(services.requests("GET", "/api/board/trends").get(0).query()).isEqualTo("from=2026-06&to=2026-11");
        assertThat(page.select("#agency")).isEmpty();
        assertThat(page.select("#own-agency").text()).isEqualTo("Figures for your agency: Police.");
        assertThat(page.select("#period").text()).isEqualTo("June 2026 to November 2026 · Police");
        assertThat(page.select("#table-levels tbody tr")).hasSize(6);
    }

    @Test
    void a_manager_who_asks_for_another_agency_gets_query_services_refusal() throws Exception {
        services.on("GET", "/api/board/trends", Answer.json(403, Contracts.read("problem-trends-other-agency.json")));
        var page = html(mvc.perform(get("/trends").with(manager()).param("from", "2026-01").param("to", "2026-11")
                .param("agency", "Health")).andExpect(status().isForbidden()).andReturn());

        assertThat(page.select("main").text()).contains("A manager sees the trends of their own agency (Police) only.");
    }

    @Test
    void a_month_query_service_cannot_read_is_shown_in_the_error_summary_and_beside_the_field() throws Exception {
        services.on("GET", "/api/board/trends", Answer.json(400, Contracts.read("problem-invalid-trends-month.json")));
        var page = html(mvc.perform(get("/trends").with(board()).param("from", "2026-13").param("to", "2026-11"))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(page.title()).startsWith("Error: Trends");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#from");
        assertThat(page.select(".govuk-error-summary a").text())
                .isEqualTo("From must be a real month in the form YYYY-MM, e.g. 2025-04");
        assertThat(page.select("#from-error").text()).contains("From must be a real month");
        assertThat(page.select("#from").val()).isEqualTo("2026-13");
        assertThat(page.select("svg[role=img]")).isEmpty();
        assertThat(page.select("#download-csv")).isEmpty();
    }

    @Test
    void download_as_csv_streams_query_services_csv_of_the_same_figures_with_the_users_token() throws Exception {
        String csv = Contracts.read("trends-board.csv");
        services.on("GET", "/api/board/trends.csv", new Answer(200, Map.of("Content-Type", "text/csv;charset=UTF-8",
                "Content-Disposition", "attachment; filename=\"cse-trends-2025-06-to-2026-11.csv\""), csv));

        var result = mvc.perform(get("/trends/csv").with(board()).param("from", "2025-06").param("to", "2026-11")
                        .param("area", "COUNTY"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"cse-trends-2025-06-to-2026-11.csv\""))
                .andReturn();

        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getContentAsString()).isEqualTo(csv);
        assertThat(csv).startsWith("month,assessmentsAuthorised,").contains(",<5,");
        var call = services.requests("GET", "/api/board/trends.csv").get(0);
        assertThat(call.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(call.query()).isEqualTo("from=2025-06&to=2026-11&area=COUNTY");
    }

    @Test
    void a_csv_query_service_refuses_gives_the_refusal_page_not_a_broken_file() throws Exception {
        services.on("GET", "/api/board/trends.csv", Answer.json(403, Contracts.read("problem-trends-other-agency.json")));
        var page = html(mvc.perform(get("/trends/csv").with(manager()).param("from", "2026-01").param("to", "2026-11")
                .param("agency", "Health")).andExpect(status().isForbidden()).andReturn());
        assertThat(page.select("main").text()).contains("their own agency (Police) only");
    }

    @Test
    void practitioners_read_no_trends_or_dashboard_and_board_members_no_cases() throws Exception {
        mvc.perform(get("/trends").with(practitioner())).andExpect(status().isForbidden());
        mvc.perform(get("/trends/csv").with(practitioner())).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").with(practitioner())).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").with(auditor())).andExpect(status().isForbidden());
        mvc.perform(get("/cases").with(board())).andExpect(status().isForbidden());
        assertThat(services.requests()).as("refused before any service is asked")
                .noneMatch(r -> r.path().startsWith("/api/"));
    }

    @Test
    void after_signing_in_a_board_member_lands_on_the_trends_and_others_on_the_cases() throws Exception {
        mvc.perform(get("/").with(board())).andExpect(redirectedUrl("/trends"));
        mvc.perform(get("/").with(manager())).andExpect(redirectedUrl("/cases"));
        mvc.perform(get("/").with(auditor())).andExpect(redirectedUrl("/cases"));
    }

    @Test
    void the_navigation_offers_each_role_the_pages_it_may_read() throws Exception {
        services.on("GET", "/api/board/trends", Answer.json(200, Contracts.read("trends-board.json")));
        assertThat(navigation(board())).containsExactly("Dashboard", "Trends");
        assertThat(navigation(manager())).containsExactly("Cases", "Review", "Dashboard", "Trends");
        assertThat(navigation(auditor())).containsExactly("Cases", "Trends");
        var page = html(mvc.perform(get("/trends").with(board())).andReturn());
        assertThat(page.select("#nav-trends").attr("aria-current")).isEqualTo("page");
        assertThat(page.select("#nav-dashboard").hasAttr("aria-current")).isFalse();

        services.on("GET", "/api/cases", Answer.json(200, "[]"));
        var cases = html(mvc.perform(get("/cases").with(practitioner())).andReturn());
        assertThat(cases.select("#navigation a").eachText()).containsExactly("Cases");
    }

    private List<String> navigation(OidcLoginRequestPostProcessor user) throws Exception {
        return html(mvc.perform(get("/trends").with(user)).andReturn()).select("#navigation a").eachText();
    }

    private static String categoryName(String category) {
        return switch (category) {
            case "VULNERABILITY" -> "Vulnerability Factors";
            case "LOW" -> "Early Indicators of CSE/LOW";
            case "MEDIUM" -> "Strong Indicators of CSE/MEDIUM";
            case "HIGH" -> "Serious indicators of CSE/HIGH";
            default -> throw new IllegalArgumentException(category);
        };
    }

    /** Each body row's header and cells, as text. */
    static List<List<String>> rows(Document page, String table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : page.select(table + " tbody tr")) {
            rows.add(row.select("th, td").eachText());
        }
        return rows;
    }
}
