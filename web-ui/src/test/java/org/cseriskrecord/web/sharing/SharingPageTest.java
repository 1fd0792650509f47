package org.cseriskrecord.web.sharing;

import org.cseriskrecord.web.support.Contracts;
import org.cseriskrecord.web.support.FakeServices.Answer;
import org.cseriskrecord.web.support.PageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Journey 8: sharing a case with another agency, with a reason, and (managers of the opening agency) revoking it. */
class SharingPageTest extends PageTest {

    static final String CASE_ID = "85fe1aa4-e1fb-430f-a358-98a6e8061b40";
    static final String PAGE = "/cases/" + CASE_ID + "/shares";

    private void sharedWithHealth() {
        services.on("GET", "/api/cases/" + CASE_ID,
                Answer.json(200, Contracts.read("case-status-submitted-reassessment.json")).withSequence(19));
        services.on("GET", "/api/cases/" + CASE_ID + "/history",
                Answer.json(200, Contracts.read("history-shared.json")));
    }

    private void notShared() {
        services.on("GET", "/api/cases/" + CASE_ID,
                Answer.json(200, Contracts.read("case-status-submitted-reassessment.json")));
        services.on("GET", "/api/cases/" + CASE_ID + "/history",
                Answer.json(200, Contracts.read("history-submitted-reassessment.json")));
    }

    @Test
    void lists_the_agencies_involved_with_each_shares_reason_and_offers_the_others() throws Exception {
        sharedWithHealth();
        var page = html(mvc.perform(get(PAGE).with(manager())).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#involved .govuk-summary-list__row").eachText()).containsExactly(
                "Police Opened the case",
                "Health Shared by practitioner, 3 Dec 2026 at 15:56. Reason: The school nurse is supporting Sam. "
                        + "Revoke the share with Health");
        assertThat(page.select("#revoke-Health").attr("href")).isEqualTo(PAGE + "/Health/revocation");
        // The local profile is not active here: the partnership's agencies are Police and Health, both involved.
        assertThat(page.select("form[action$=/shares]")).isEmpty();
        assertThat(page.text()).contains("Every agency of the partnership is involved already.");
    }

    @Test
    void a_practitioner_may_share_but_not_revoke() throws Exception {
        notShared();
        var page = html(mvc.perform(get(PAGE).with(practitioner())).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#no-shares").text()).isEqualTo("The case is not shared with another agency.");
        assertThat(page.select("input[name=agency]").eachAttr("value")).containsExactly("Health");
        assertThat(page.select("form[action$=/shares] input[name=_csrf]")).hasSize(1);
        assertThat(page.select("[id^=revoke-]")).isEmpty();
    }

    @Test
    void sharing_sends_the_agency_and_reason_and_shows_the_share_once_the_read_side_has_it() throws Exception {
        sharedWithHealth();
        services.on("POST", "/api/cases/" + CASE_ID + "/shares", Answer.noContent(19));
        mvc.perform(post(PAGE).with(practitioner()).with(csrf()).param("agency", "Health")
                        .param("reason", "The school nurse is supporting Sam."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("success", "The case has been shared with Health."))
                .andExpect(flash().attributeCount(1));
        var sent = services.requests("POST", "/api/cases/" + CASE_ID + "/shares").get(0);
        assertThat(sent.body()).contains("\"agency\":\"Health\"").contains("\"reason\":\"The school nurse is supporting Sam.\"");
        assertThat(sent.authorization()).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void a_missing_reason_is_shown_beside_the_box_and_the_choice_is_kept() throws Exception {
        notShared();
        services.on("POST", "/api/cases/" + CASE_ID + "/shares",
                Answer.json(400, Contracts.read("problem-share-no-reason.json")));
        var page = html(mvc.perform(post(PAGE).with(practitioner()).with(csrf()).param("agency", "Health")
                .param("reason", "")).andExpect(status().isOk()).andReturn());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#reason");
        assertThat(page.select("#reason-error").text())
                .isEqualTo("Error: The reason is required: say why the agency needs the case");
        assertThat(page.select("input#agency").hasAttr("checked")).isTrue();
    }

    @Test
    void an_agency_already_involved_or_unknown_is_an_error_about_the_choice() throws Exception {
        notShared();
        services.on("POST", "/api/cases/" + CASE_ID + "/shares",
                Answer.json(409, Contracts.read("problem-share-already-involved.json")));
        var page = html(mvc.perform(post(PAGE).with(practitioner()).with(csrf()).param("agency", "Health")
                .param("reason", "Again")).andExpect(status().isOk()).andReturn());
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#agency");
        assertThat(page.select(".govuk-error-summary a").text()).isEqualTo("Health is already involved in this case.");

        services.on("POST", "/api/cases/" + CASE_ID + "/shares",
                Answer.json(400, Contracts.read("problem-share-unknown-agency.json")));
        page = html(mvc.perform(post(PAGE).with(practitioner()).with(csrf()).param("agency", "Fire Service")
                .param("reason", "Why")).andExpect(status().isOk()).andReturn());
        assertThat(page.select(".govuk-error-summary a").text()).startsWith("The agency must be one of the partnership's");
    }

    @Test
    void a_manager_of_the_opening_agency_revokes_a_share_with_a_reason() throws Exception {
        sharedWithHealth();
        var form = html(mvc.perform(get(PAGE + "/Health/revocation").with(manager())).andExpect(status().isOk())
                .andReturn());
        assertThat(form.select("h1").text()).isEqualTo("Revoke the share with Health");
        assertThat(form.select("label[for=reason]").text()).isEqualTo("Why does the share end?");

        services.on("POST", "/api/cases/" + CASE_ID + "/shares/Health/revocation", Answer.noContent(19));
        mvc.perform(post(PAGE + "/Health/revocation").with(manager()).with(csrf())
                        .param("reason", "The nurse's support has ended."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("success", "The share with Health has been revoked."));
        assertThat(services.requests("POST", "/api/cases/" + CASE_ID + "/shares/Health/revocation").get(0).body())
                .isEqualTo("{\"reason\":\"The nurse's support has ended.\"}");
    }

    @Test
    void a_refused_revocation_shows_the_services_sentence() throws Exception {
        sharedWithHealth();
        services.on("POST", "/api/cases/" + CASE_ID + "/shares/Health/revocation",
                Answer.json(403, Contracts.read("problem-revoke-not-a-manager.json")));
        var page = html(mvc.perform(post(PAGE + "/Health/revocation").with(practitioner()).with(csrf())
                .param("reason", "No longer needed")).andExpect(status().isOk()).andReturn());
        assertThat(page.select(".govuk-error-summary a").text()).isEqualTo("Your role does not allow this action.");

        services.on("POST", "/api/cases/" + CASE_ID + "/shares/Education/revocation",
                Answer.json(409, Contracts.read("problem-revoke-not-shared.json")));
        page = html(mvc.perform(post(PAGE + "/Education/revocation").with(manager()).with(csrf())
                .param("reason", "No longer needed")).andExpect(status().isOk()).andReturn());
        assertThat(page.select(".govuk-error-summary a").text()).isEqualTo("The case is not shared with Education.");
    }
}
