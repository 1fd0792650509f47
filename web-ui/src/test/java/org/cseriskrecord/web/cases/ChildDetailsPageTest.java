package org.cseriskrecord.web.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.web.support.Contracts;
import org.cseriskrecord.web.support.FakeServices.Answer;
import org.cseriskrecord.web.support.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Journey 3: opening a case and correcting the child's details, with the seed's labels and GOV.UK inputs. */
class ChildDetailsPageTest extends PageTest {

    static final String CASE_ID = "6f1c1e0a-2222-4c1e-9a51-000000000002";
    private final ObjectMapper json = new ObjectMapper();

    private static MockHttpServletRequestBuilder filledIn(MockHttpServletRequestBuilder request) {
        return filledIn(request, "14", "3");
    }

    private static MockHttpServletRequestBuilder filledIn(MockHttpServletRequestBuilder request, String day,
                                                          String month) {
        return request.with(practitioner()).with(csrf())
                .param("area", "COUNTY").param("name", "Jamie Example").param("alsoKnownAs", " ")
                .param("dateOfBirth.day", day).param("dateOfBirth.month", month).param("dateOfBirth.year", "2011")
                .param("genderCode", "2").param("ethnicityCode", "WBRI").param("hasDisability", "NO")
                .param("disabilityCodes", "NONE").param("learningDifficulty", "NOT_KNOWN")
                .param("childProtectionPlan", "NO").param("missing", "REGULARLY_GOES_MISSING")
                .param("participation", "CHILD", "CARER").param("postcode", " ZZ1 1ZZ ");
    }

    @Test
    void the_open_form_uses_govuk_date_input_tri_state_radios_and_census_selects() throws Exception {
        var page = html(mvc.perform(get("/cases/new").with(practitioner())).andExpect(status().isOk()).andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Open a case");
        assertThat(page.select("#dateOfBirth-day, #dateOfBirth-month, #dateOfBirth-year")).hasSize(3);
        assertThat(page.select("input[name=learningDifficulty]").eachAttr("value"))
                .containsExactly("YES", "NO", "NOT_KNOWN");
        assertThat(page.select("label[for=learningDifficulty-NOT_KNOWN]").text()).isEqualTo("Not known");
        assertThat(page.select("#ethnicityCode option").eachText()).contains("White British (WBRI)");
        assertThat(page.select("#genderCode option").eachAttr("value")).containsExactly("", "0", "1", "2", "9");
        assertThat(page.select("legend").eachText()).contains("Date of birth",
                "Is the child subject to a child protection plan?",
                "Did the child/Parent/Carer participate in completing tool?");
        assertThat(page.select("h2").eachText()).contains("Child details");
    }

    @Test
    void opening_sends_the_child_as_json_and_shows_the_new_case_once_the_read_side_has_it() throws Exception {
        services.on("POST", "/api/cases", Answer.json(201, "{\"caseId\":\"c-9\"}").withSequence(0));
        services.on("GET", "/api/cases/c-9", Answer.json(200, Contracts.read("case-status-draft.json")).withSequence(0));
        mvc.perform(filledIn(post("/cases/new")))
                .andExpect(redirectedUrl("/cases/c-9"))
                .andExpect(flash().attribute("success", "The case has been opened."));
        var sent = json.readTree(services.requests("POST", "/api/cases").get(0).body());
        assertThat(sent.get("area").asText()).isEqualTo("COUNTY");
        var child = sent.get("child");
        assertThat(child.get("name").asText()).isEqualTo("Jamie Example");
        assertThat(child.get("dateOfBirth").asText()).isEqualTo("2011-03-14");
        assertThat(child.get("learningDifficulty").asText()).isEqualTo("NOT_KNOWN");
        assertThat(child.get("postcode").asText()).isEqualTo("ZZ1 1ZZ");
        assertThat(child.has("alsoKnownAs")).as("blank text is left out").isFalse();
        assertThat(child.get("hasDisability").asBoolean()).isFalse();
        assertThat(child.get("participation").toString()).isEqualTo("[\"CHILD\",\"CARER\"]");
        assertThat(child.get("disabilityCodes").toString()).isEqualTo("[\"NONE\"]");
    }

    @Test
    void a_date_that_is_not_real_is_refused_here_and_nothing_is_sent() throws Exception {
        var page = html(mvc.perform(filledIn(post("/cases/new"), "31", "2"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#dateOfBirth");
        assertThat(page.select("#dateOfBirth-error").text()).contains("Date of birth must be a real date");
        assertThat(page.select("#dateOfBirth-day").val()).isEqualTo("31");
        assertThat(page.select("#dateOfBirth-day").hasClass("govuk-input--error")).isTrue();
        assertThat(services.requests("POST", "/api/cases")).isEmpty();
    }

    @Test
    void every_refusal_of_the_service_is_in_the_summary_and_beside_its_field_and_the_answers_are_kept()
            throws Exception {
        services.on("POST", "/api/cases", Answer.json(400, Contracts.read("problem-invalid-child.json")));
        var page = html(mvc.perform(filledIn(post("/cases/new"))).andExpect(status().isOk()).andReturn());
        assertThat(page.title()).isEqualTo("Error: Open a case – CSE Risk Record");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#area", "#name", "#learningDifficulty", "#disabilityCodes", "#name");
        assertThat(page.select(".govuk-error-summary a").eachText()).contains("The date of birth cannot be in the future.");
        assertThat(page.select("#name-error").text()).isEqualTo("Error: Name is required");
        assertThat(page.select(".govuk-error-summary a").eachText()).contains("Area is required (COUNTY or CITY)");
        assertThat(page.select("#learningDifficulty-error").text())
                .isEqualTo("Error: Whether the child has learning difficulties is required: YES, NO or NOT_KNOWN (the floor rule depends on it)");
        assertThat(page.select("#learningDifficulty").first().id()).isEqualTo("learningDifficulty");
        assertThat(page.select("input[name=learningDifficulty][checked]").val()).isEqualTo("NOT_KNOWN");
        assertThat(page.select("#ethnicityCode option[selected]").val()).isEqualTo("WBRI");
        assertThat(page.select("input[name=participation][checked]").eachAttr("value")).containsExactly("CHILD", "CARER");
    }

    @Test
    void correcting_starts_from_the_details_as_recorded_and_puts_the_whole_child() throws Exception {
        services.on("GET", "/api/cases/" + CASE_ID,
                Answer.json(200, Contracts.read("case-status-draft.json")).withSequence(5));
        var page = html(mvc.perform(get("/cases/" + CASE_ID + "/child").with(practitioner()))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#name").val()).isEqualTo("Robin Sample");
        assertThat(page.select("#dateOfBirth-year").val()).isEqualTo("2013");
        assertThat(page.select("input[name=learningDifficulty][checked]").val()).isEqualTo("NOT_KNOWN");
        assertThat(page.select("input[name=area]")).as("the area is not corrected here").isEmpty();

        services.on("PUT", "/api/cases/" + CASE_ID + "/child", Answer.noContent(5));
        mvc.perform(filledIn(post("/cases/" + CASE_ID + "/child")))
                .andExpect(redirectedUrl("/cases/" + CASE_ID))
                .andExpect(flash().attribute("success", "The child's details have been saved."));
        var sent = json.readTree(services.requests("PUT", "/api/cases/" + CASE_ID + "/child").get(0).body());
        assertThat(sent.get("name").asText()).isEqualTo("Jamie Example");
        assertThat(sent.get("dateOfBirth").asText()).isEqualTo("2011-03-14");
        assertThat(sent.has("area")).as("PUT …/child takes the child object only").isFalse();
    }

    @Test
    void only_practitioners_open_cases_or_correct_details() throws Exception {
        mvc.perform(get("/cases/new").with(manager())).andExpect(status().isForbidden());
        mvc.perform(post("/cases/new").with(manager()).with(csrf()).param("name", "x"))
                .andExpect(status().isForbidden());
        assertThat(services.requests("POST", "/api/cases")).isEmpty();
    }
}
