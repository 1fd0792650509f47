package org.cseriskrecord.web.print;

import org.cseriskrecord.web.support.Contracts;
import org.cseriskrecord.web.support.FakeServices.Answer;
import org.cseriskrecord.web.support.PageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Journey 7: the current assessment laid out like the seed's form, for printing. */
class PrintPageTest extends PageTest {

    static final String CASE_ID = "85fe1aa4-e1fb-430f-a358-98a6e8061b40";

    @Test
    void lays_out_every_section_of_the_form_in_its_order_with_its_labels_ticks_and_evidence() throws Exception {
        services.on("GET", "/api/cases/" + CASE_ID,
                Answer.json(200, Contracts.read("case-status-authorised-reassessment.json")));
        services.on("GET", "/api/catalogue/notts-cse-2017-02",
                Answer.json(200, Contracts.read("catalogue-notts-cse-2017-02.json")));

        var page = html(mvc.perform(get("/cases/" + CASE_ID + "/print").with(practitioner()))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("MULTI AGENCY Sexual Exploitation Risk Assessment Tool");
        assertThat(page.select("main h2, main h3").eachText()).containsSubsequence("Child details",
                "Professional(s) details completing the assessment", "Placement information for Looked After Child",
                "Other Professionals involved (e.g. School, Youth Offending Team, Health…)", "Vulnerability Factors",
                "Early Indicators of CSE/LOW", "Additional detail/evidence regarding vulnerabilities",
                "Additional detail/evidence regarding indicators", "Strong Indicators of CSE/MEDIUM",
                "Serious indicators of CSE/HIGH", "Professional’s analysis", "The child is assessed as");
        assertThat(page.select("#child-details + dl").text()).contains("Name Sam Sample", "Age 15",
                "Date risk assessment tool completed 1 December 2026");

        // Every item of the form is there, ticked or not, with the form's own labels.
        assertThat(page.select("#section-VULNERABILITY li:not(.app-print-evidence li)")).hasSize(24);
        assertThat(page.select("#section-HIGH > ul > li")).hasSize(17);
        var ticked = page.select(".app-print-items__ticked");
        assertThat(ticked.eachText()).contains("☒ Ticked: Looked after child");
        var missing = page.select("#section-MEDIUM > ul > li.app-print-items__ticked").first();
        assertThat(missing.text()).contains("Missing or absent  from home or care".replace("  ", " "),
                "Missing from the foster home three times in August.", "Source: Police missing report.");
        assertThat(page.select("#section-HIGH .app-print-items__ticked")).isEmpty();
        assertThat(page.select("#section-HIGH > ul > li").first().text())
                .isEqualTo("☐ Not ticked: Bringing others into exploitative situations");

        assertThat(page.select("#counts tbody td").eachText()).containsExactly("0", "3", "0");
        assertThat(page.select("#assessed-levels .app-print-items__ticked").text()).isEqualTo("☒ Ticked: MED");
        assertThat(page.select("#signatures").text()).contains("Professional’s name and signature practitioner",
                "Manager’s name and signature manager",
                "Manager's comments and view Agreed: the safety plan is working; keep the strategy meeting's actions.",
                "Date 3 Dec 2026 at");
        assertThat(page.select("script:not([type=module])")).isEmpty();
    }

    @Test
    void the_print_styles_leave_out_the_services_header_and_links() throws Exception {
        var css = mvc.perform(get("/css/app.css")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(css).contains("@media print").contains(".govuk-header,").contains(".govuk-back-link,");
    }

    @Test
    void a_case_without_an_assessment_says_so() throws Exception {
        services.on("GET", "/api/cases/6f1c1e0a-2222-4c1e-9a51-000000000002", Answer.json(200,
                Contracts.read("case-status-draft.json").replaceFirst("\"currentAssessment\": \\{[^}]*\\},",
                        "\"currentAssessment\": null,")));
        var page = html(mvc.perform(get("/cases/6f1c1e0a-2222-4c1e-9a51-000000000002/print").with(practitioner()))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#no-assessment").text()).isEqualTo("No assessment has been started.");
    }
}
