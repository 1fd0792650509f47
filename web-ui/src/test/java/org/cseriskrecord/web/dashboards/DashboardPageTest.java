package org.cseriskrecord.web.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.web.support.Contracts;
import org.cseriskrecord.web.support.FakeServices.Answer;
import org.cseriskrecord.web.support.PageTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseriskrecord.web.dashboards.TrendsPageTest.rows;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, pages: the live dashboard, a manager's (exact, with links to the cases) and the board's (de-identified),
 * from query-service's answers recorded over the local stack's demo data.
 */
class DashboardPageTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LEVELS = List.of("HIGH", "MEDIUM", "LOW", "NONE", "NOT_ASSESSED");
    private static final List<String> LEVEL_NAMES = List.of("High", "Medium", "Low", "No risk", "Not yet assessed");

    @Test
    void a_manager_sees_their_agencys_figures_exactly_as_query_service_counted_them() throws Exception {
        services.on("GET", "/api/dashboard", Answer.json(200, Contracts.read("dashboard-manager.json")));
        services.on("GET", "/api/cases", Answer.json(200, Contracts.read("case-list-manager.json")));
        var page = html(mvc.perform(get("/dashboard").with(manager())).andExpect(status().isOk()).andReturn());
        JsonNode d = JSON.readTree(Contracts.read("dashboard-manager.json"));
        Map<String, String> names = new HashMap<>();
        JSON.readTree(Contracts.read("case-list-manager.json"))
                .forEach(c -> names.put(c.path("caseId").asText(), c.path("childName").asText()));

        var call = services.requests("GET", "/api/dashboard").get(0);
        assertThat(call.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(call.query()).isNull();
        assertThat(page.select("#dashboard-scope").text()).contains("Police");
        assertThat(page.select("#children-total dd").text()).isEqualTo(d.path("children").path("total").asText());
        assertThat(rows(page, "#table-children-levels")).isEqualTo(levelRows(d));
        assertThat(rows(page, "#table-children-areas")).containsExactly(
                List.of("City", d.path("children").path("byArea").path("CITY").asText()),
                List.of("County", d.path("children").path("byArea").path("COUNTY").asText()));
        assertThat(rows(page, "#table-children-agencies")).containsExactly(
                List.of("Police", d.path("children").path("byAgency").path("Police").asText()));
        assertThat(rows(page, "#table-statuses")).containsExactly(
                List.of("Draft", d.path("assessmentsByStatus").path("DRAFT").asText()),
                List.of("Submitted", d.path("assessmentsByStatus").path("SUBMITTED").asText()),
                List.of("Returned", d.path("assessmentsByStatus").path("RETURNED").asText()),
                List.of("Authorised", d.path("assessmentsByStatus").path("AUTHORISED").asText()),
                List.of("Discarded", d.path("assessmentsByStatus").path("DISCARDED").asText()));

        JsonNode awaiting = d.path("awaitingAuthorisation");
        assertThat(page.select("#awaiting dd").eachText()).containsExactly(awaiting.path("count").asText(),
                "less than a day", awaiting.path("waitingUpTo2Days").asText(),
                awaiting.path("waiting3To7Days").asText(), awaiting.path("waitingOver7Days").asText(),
                awaiting.path("stepDowns").asText(), awaiting.path("belowFloorWithIndicators").asText());
        var waiting = page.select("#table-awaiting tbody tr");
        assertThat(waiting).hasSize(awaiting.path("assessments").size());
        for (int i = 0; i < waiting.size(); i++) {
            JsonNode w = awaiting.path("assessments").get(i);
            assertThat(waiting.get(i).select("a").attr("href")).isEqualTo("/cases/" + w.path("caseId").asText());
            assertThat(waiting.get(i).select("a").text()).as("the child's name, then when it was submitted")
                    .startsWith(names.get(w.path("caseId").asText()) + ", submitted ");
            assertThat(waiting.get(i).text()).contains("The tool suggests");
            assertThat(waiting.get(i).select(".govuk-tag").eachText())
                    .isEqualTo(w.path("stepDown").asBoolean() ? List.of("Step-down") : List.of());
        }

        JsonNode reviews = d.path("reviewsOverdue");
        assertThat(page.select("#reviews dd").text()).isEqualTo(reviews.path("count").asText());
        assertThat(page.select("#review-intervals").text()).isEqualTo("A review is due after the latest "
                + "authorised assessment's own date plus: High: 1 month; Medium: 3 months; Low: 3 months; "
                + "No risk: 3 months.");
        var overdue = page.select("#table-reviews tbody tr");
        assertThat(overdue).hasSize(reviews.path("cases").size());
        JsonNode first = reviews.path("cases").get(0);
        assertThat(overdue.get(0).select("a").attr("href")).isEqualTo("/cases/" + first.path("caseId").asText());
        assertThat(overdue.get(0).select("a").text()).isEqualTo(names.get(first.path("caseId").asText())
                + ", assessed on "
                + new org.cseriskrecord.web.pages.Dates().date(first.path("assessmentDate").asText()));
        assertThat(overdue.get(0).text()).contains(first.path("daysOverdue").asText() + " days");
        assertThat(page.select("#deidentified")).isEmpty();
        assertThat(services.requests("GET", "/api/cases").get(0).query()).isEqualTo("limit=500");
    }

    @Test
    void a_listed_case_the_case_list_does_not_name_still_links_to_its_case() throws Exception {
        services.on("GET", "/api/dashboard", Answer.json(200, Contracts.read("dashboard-manager.json")));
        services.on("GET", "/api/cases", Answer.json(200, "[]"));
        var page = html(mvc.perform(get("/dashboard").with(manager())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#table-reviews tbody tr a").first().text()).startsWith("Open the case, assessed on ");
    }

    @Test
    void an_agency_query_service_cannot_read_is_shown_in_the_error_summary_and_beside_the_field() throws Exception {
        services.on("GET", "/api/dashboard", Answer.json(400, Contracts.read("problem-invalid-dashboard-agency.json")));
        String tooLong = "A".repeat(101);
        var page = html(mvc.perform(get("/dashboard").with(TrendsPageTest.board()).param("agency", tooLong))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(page.title()).startsWith("Error: Dashboard");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#agency");
        assertThat(page.select(".govuk-error-summary a").text()).isEqualTo("Agency must be at most 100 characters");
        assertThat(page.select("#agency-error").text()).contains("Agency must be at most 100 characters");
        assertThat(page.select("#agency").val()).isEqualTo(tooLong);
        assertThat(page.select("#table-children-levels")).isEmpty();
    }

    @Test
    void a_board_member_sees_the_figures_de_identified_with_less_than_five_as_it_is_and_no_cases() throws Exception {
        services.on("GET", "/api/dashboard", Answer.json(200, Contracts.read("dashboard-board.json")));
        var page = html(mvc.perform(get("/dashboard").with(TrendsPageTest.board())).andExpect(status().isOk())
                .andReturn());
        JsonNode d = JSON.readTree(Contracts.read("dashboard-board.json"));

        assertThat(rows(page, "#table-children-levels")).isEqualTo(levelRows(d));
        assertThat(rows(page, "#table-children-levels").get(4)).containsExactly("Not yet assessed",
                d.path("children").path("byLevel").path("NOT_ASSESSED").asText(), "<5");
        assertThat(rows(page, "#table-statuses")).contains(List.of("Returned", "<5"), List.of("Discarded", "<5"));
        assertThat(page.select("#table-awaiting, #table-reviews")).isEmpty();
        assertThat(page.select("main a[href^=/cases]")).isEmpty();
        assertThat(page.select("#deidentified").text()).isEqualTo("Board members see counts only: no cases are listed.");
        assertThat(services.requests("GET", "/api/cases")).as("no names to look up").isEmpty();
        assertThat(page.select("#dashboard-scope").text()).contains("Every agency");
    }

    @Test
    void a_board_member_may_narrow_the_dashboard_to_one_agency() throws Exception {
        services.on("GET", "/api/dashboard", Answer.json(200, Contracts.read("dashboard-board.json")
                .replace("\"agency\": null", "\"agency\": \"Health\"")));
        var page = html(mvc.perform(get("/dashboard").with(TrendsPageTest.board()).param("agency", " Health "))
                .andExpect(status().isOk()).andReturn());

        assertThat(services.requests("GET", "/api/dashboard").get(0).query()).isEqualTo("agency=Health");
        assertThat(page.select("#agency").val()).isEqualTo("Health");
        assertThat(page.select("#dashboard-scope").text()).contains("The children and assessments of Health");
    }

    @Test
    void a_dashboard_query_service_refuses_shows_its_sentence() throws Exception {
        services.on("GET", "/api/dashboard", Answer.json(403, Contracts.read("problem-trends-other-agency.json")));
        var page = html(mvc.perform(get("/dashboard").with(manager()).param("agency", "Health"))
                .andExpect(status().isForbidden()).andReturn());
        assertThat(page.select("main").text()).contains("their own agency (Police) only");
    }

    private static List<List<String>> levelRows(JsonNode d) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < LEVELS.size(); i++) {
            rows.add(List.of(LEVEL_NAMES.get(i), d.path("children").path("byLevel").path(LEVELS.get(i)).asText(),
                    d.path("children").path("bySuggestedLevel").path(LEVELS.get(i)).asText()));
        }
        return rows;
    }
}
