package org.cseriskrecord.web.cases;

import org.cseriskrecord.web.api.ReadYourWrites;
import org.cseriskrecord.web.support.Contracts;
import org.cseriskrecord.web.support.FakeServices.Answer;
import org.cseriskrecord.web.support.PageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Journey 3: a case as the seed lays it out. */
class CasePageTest extends PageTest {

    static final String CASE = "/api/cases/6f1c1e0a-2222-4c1e-9a51-000000000002";

    @Test
    void shows_the_seeds_sections_with_its_labels_and_the_current_assessment() throws Exception {
        services.on("GET", CASE, Answer.json(200, Contracts.read("case-status-draft.json")));
        var page = html(mvc.perform(get("/cases/6f1c1e0a-2222-4c1e-9a51-000000000002").with(practitioner()))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Robin Sample");
        assertThat(page.title()).isEqualTo("Robin Sample – CSE Risk Record");
        assertThat(page.select("h2").eachText()).contains("Child details", "Professional(s) details",
                "Placement information for Looked After Child", "Other Professionals involved");
        var child = page.select("#child-details + dl").text();
        assertThat(child).contains("Name also known as Rob", "Date of birth 1 July 2013",
                "Gender (census code) Female (2)", "Ethnicity (census code) White British (WBRI)",
                "Does the child have learning difficulties? Not known",
                "Is the child subject to a child protection plan? No",
                "Is the child currently missing/ regularly going missing? Regularly goes missing",
                "Did the child/Parent/Carer participate in completing tool? Child, Carer",
                "Sexual orientation Not recorded");
        assertThat(page.select("#professionals + dl").text()).contains("Job Title Police Constable");
        assertThat(page.select("#placement + dl").text()).contains("Placement type Foster care");
        assertThat(page.select("#current-assessment + dl").text()).contains("Draft", "The tool suggests Medium");
        assertThat(page.select("#discard-draft").attr("href"))
                .isEqualTo("/cases/6f1c1e0a-2222-4c1e-9a51-000000000002/assessments/a-2/discard");
    }

    @Test
    void an_auditor_reads_the_case_without_the_links_to_change_it() throws Exception {
        services.on("GET", CASE, Answer.json(200, Contracts.read("case-status-draft.json")));
        var page = html(mvc.perform(get("/cases/6f1c1e0a-2222-4c1e-9a51-000000000002")
                        .with(as("auditor", "Ari Auditor", "AUDITOR", null)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#signed-in-user").text()).contains("Ari Auditor", "Auditor")
                .doesNotContain("null");
        assertThat(page.select("#discard-draft, #correct-child, #update-details")).isEmpty();
    }

    @Test
    void an_unknown_case_is_a_404_page_with_the_services_sentence() throws Exception {
        var page = html(mvc.perform(get("/cases/no-such-case").with(practitioner()))
                .andExpect(status().isNotFound()).andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("main").text()).contains("There is no case with this id.");
    }

    @Test
    void a_case_just_opened_that_the_read_side_does_not_show_yet_is_said_to_be_saved_not_missing() throws Exception {
        var response = mvc.perform(get("/cases/no-such-case").with(practitioner())
                        .flashAttr(ReadYourWrites.NOT_SHOWN_YET, true))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "2")).andReturn();
        var page = html(response);
        assertThat(page.select("h1").text()).isEqualTo("Your change has been saved");
        assertThat(page.select("main").text()).contains("has not caught up with it yet")
                .doesNotContain("Page not found");
        assertThat(page.select("#retry").attr("href")).isEqualTo("/cases/no-such-case");
    }
}
