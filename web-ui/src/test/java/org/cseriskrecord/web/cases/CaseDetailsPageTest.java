package org.cseriskrecord.web.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.web.support.Contracts;
import org.cseriskrecord.web.support.FakeServices.Answer;
import org.cseriskrecord.web.support.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Journey 3: professionals, placement and other professionals involved. */
class CaseDetailsPageTest extends PageTest {

    static final String CASE_ID = "6f1c1e0a-2222-4c1e-9a51-000000000002";
    static final String PAGE = "/cases/" + CASE_ID + "/details";

    @BeforeEach
    void theCase() {
        services.on("GET", "/api/cases/" + CASE_ID,
                Answer.json(200, Contracts.read("case-status-draft.json")).withSequence(4));
    }

    @Test
    void shows_the_details_as_recorded_under_the_seeds_headings() throws Exception {
        var page = html(mvc.perform(get(PAGE).with(practitioner())).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#professionals-0-name").val()).isEqualTo("PC Example");
        assertThat(page.select("#professionals-0-jobTitle").val()).isEqualTo("Police Constable");
        assertThat(page.select("#placementType").val()).isEqualTo("Foster care");
        assertThat(page.select("#otherProfessionalsInvolved").text()).isEqualTo("School nurse");
        assertThat(page.select("main h2").eachText()).containsExactly("Professional(s) details",
                "Placement information for Looked After Child", "Other Professionals involved");
    }

    @Test
    void adding_a_professional_needs_no_javascript_and_sends_nothing() throws Exception {
        var page = html(mvc.perform(post(PAGE).with(practitioner()).with(csrf()).param("action", "add")
                        .param("professionals[0].name", "PC Example"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#professionals-1-name")).hasSize(1);
        assertThat(page.select("#professionals-0-name").val()).isEqualTo("PC Example");
        assertThat(services.requests("PUT", "/api/cases/" + CASE_ID + "/details")).isEmpty();
    }

    @Test
    void saving_leaves_out_blank_rows_and_maps_the_services_errors_back_to_the_right_row() throws Exception {
        services.on("PUT", "/api/cases/" + CASE_ID + "/details",
                Answer.json(400, Contracts.read("problem-invalid-details.json")));
        var page = html(mvc.perform(post(PAGE).with(practitioner()).with(csrf()).param("action", "save")
                        .param("professionals[0].name", "PC Example")
                        .param("professionals[1].name", "").param("professionals[1].email", "")
                        .param("professionals[2].jobTitle", "Social Worker")
                        .param("placementType", "").param("placementAddressAndDetails", "")
                        .param("otherProfessionalsInvolved", "Youth worker"))
                .andExpect(status().isOk()).andReturn());
        var sent = new ObjectMapper().readTree(services.requests("PUT", "/api/cases/" + CASE_ID + "/details")
                .get(0).body());
        assertThat(sent.get("professionals")).hasSize(2);
        assertThat(sent.has("placement")).isFalse();
        assertThat(sent.get("otherProfessionalsInvolved").asText()).isEqualTo("Youth worker");
        // The service's professionals[1] is the form's third row: the blank second row was not sent.
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#professionals-2-name");
        assertThat(page.select("#professionals-2-name-error").text()).isEqualTo("Error: is required");
    }

    @Test
    void a_saved_change_returns_to_the_case() throws Exception {
        services.on("PUT", "/api/cases/" + CASE_ID + "/details", Answer.noContent(4));
        mvc.perform(post(PAGE).with(practitioner()).with(csrf()).param("action", "save")
                        .param("professionals[0].name", "PC Example"))
                .andExpect(redirectedUrl("/cases/" + CASE_ID));
    }
}
