package org.cseriskrecord.web.cases;

import org.cseriskrecord.web.support.Contracts;
import org.cseriskrecord.web.support.FakeServices.Answer;
import org.cseriskrecord.web.support.PageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Journey 2: the case list, its filters and search, read from query-service as the signed-in user. */
class CaseListPageTest extends PageTest {

    @Test
    void lists_the_cases_query_service_gives_with_level_status_and_flags() throws Exception {
        services.on("GET", "/api/cases", Answer.json(200, Contracts.read("case-list.json")));
        var page = html(mvc.perform(get("/cases").with(practitioner())).andExpect(status().isOk()).andReturn());

        var rows = page.select("#cases tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("th a").text()).isEqualTo("Jamie Example");
        assertThat(rows.get(0).select("th a").attr("href")).isEqualTo("/cases/6f1c1e0a-1111-4c1e-9a51-000000000001");
        assertThat(rows.get(0).text()).contains("born 14 March 2011", "County", "High", "Authorised",
                "26 Nov 2026 at 10:15");
        assertThat(rows.get(1).text()).contains("City", "Not yet assessed", "Submitted",
                "The tool suggests Medium; the professional assessed Low", "Step-down");
        var call = services.requests("GET", "/api/cases").get(0);
        assertThat(call.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(call.query()).isEqualTo("limit=26&offset=0");
        assertThat(page.select("#awaitingMyAuthorisation")).as("only managers authorise").isEmpty();
    }

    @Test
    void passes_every_filter_and_the_search_to_query_service_and_keeps_them_in_the_form() throws Exception {
        services.on("GET", "/api/cases", Answer.json(200, "[]"));
        var page = html(mvc.perform(get("/cases").with(manager())
                        .param("riskLevel", "HIGH").param("status", "SUBMITTED").param("area", "CITY")
                        .param("search", " Dee ").param("awaitingMyAuthorisation", "true"))
                .andExpect(status().isOk()).andReturn());

        assertThat(services.requests("GET", "/api/cases").get(0).query()).isEqualTo(
                "riskLevel=HIGH&status=SUBMITTED&area=CITY&search=Dee&awaitingMyAuthorisation=true&limit=26&offset=0");
        assertThat(page.select("#riskLevel option[selected]").val()).isEqualTo("HIGH");
        assertThat(page.select("#status option[selected]").val()).isEqualTo("SUBMITTED");
        assertThat(page.select("#area option[selected]").val()).isEqualTo("CITY");
        assertThat(page.select("#search").val()).isEqualTo(" Dee ");
        assertThat(page.select("#awaitingMyAuthorisation").hasAttr("checked")).isTrue();
        assertThat(page.select("#no-cases").text()).isEqualTo("No cases match these filters.");
        assertThat(page.select("a[href=/cases]").text()).contains("Clear filters");
    }

    @Test
    void offers_the_next_page_only_when_there_is_one() throws Exception {
        var entry = Contracts.read("case-list.json");
        var one = entry.substring(1, entry.indexOf("},") + 1);
        var many = "[" + String.join(",", java.util.Collections.nCopies(26, one)) + "]";
        services.on("GET", "/api/cases", Answer.json(200, many));
        var page = html(mvc.perform(get("/cases").with(practitioner()).param("area", "COUNTY"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#cases tbody tr")).hasSize(25);
        assertThat(page.select(".govuk-pagination__next a").attr("href")).isEqualTo("/cases?area=COUNTY&offset=25");
        assertThat(page.select(".govuk-pagination__prev")).isEmpty();
    }

    @Test
    void a_filter_query_service_refuses_shows_its_sentence_not_an_error_trace() throws Exception {
        services.on("GET", "/api/cases", Answer.json(400, Contracts.read("problem-invalid-parameter.json")));
        var page = html(mvc.perform(get("/cases").with(practitioner()).param("riskLevel", "EXTREME"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Invalid parameter");
        assertThat(page.select("main").text()).contains("riskLevel must be one of NONE, LOW, MEDIUM, HIGH.");
    }

    @Test
    void a_service_that_does_not_answer_gives_the_unavailable_page() throws Exception {
        services.on("GET", "/api/cases", Answer.json(503, ""));
        var page = html(mvc.perform(get("/cases").with(practitioner()))
                .andExpect(status().isBadGateway()).andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
    }
}
