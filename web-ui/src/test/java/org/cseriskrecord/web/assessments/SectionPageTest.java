package org.cseriskrecord.web.assessments;

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

/** Journey 4: one part of the tool — checkboxes with the seed's labels, evidence revealed under each. */
class SectionPageTest extends PageTest {

    static final String HIGH = Drafts.PAGE + "/sections/HIGH";
    static final String MEDIUM = Drafts.PAGE + "/sections/MEDIUM";

    @Test
    void every_item_is_a_checkbox_with_the_seeds_label_its_guidance_and_an_evidence_box_it_reveals()
            throws Exception {
        Drafts.draft(services, 9);
        var page = html(mvc.perform(get(HIGH).with(practitioner())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Serious indicators of CSE/HIGH");
        assertThat(page.select("legend h1")).hasSize(1);
        var labels = page.select(".govuk-checkboxes__label").eachText();
        assertThat(labels).hasSize(17).contains("Meeting unknown adults", "Previous victim of CSE");
        // Verbatim, down to the seed's own double space.
        assertThat(page.select("label[for=indicator-HIGH_LINKED_TO_CSE_HOTSPOTS]").first().wholeText())
                .isEqualTo("Linked to CSE  hotspot areas i.e. taxi ranks, bus stations, off licences and takeaways etc.");
        assertThat(page.select("#indicator-HIGH_PREVIOUS_VICTIM_OF_CSE-hint").text())
                .startsWith("A serious (HIGH) indicator: on its own it suggests HIGH risk.");
        assertThat(page.select("#indicator-HIGH_PREVIOUS_VICTIM_OF_CSE").attr("aria-describedby"))
                .isEqualTo("indicator-HIGH_PREVIOUS_VICTIM_OF_CSE-hint");

        var marked = page.select("#indicator-HIGH_MEETING_UNKNOWN_ADULTS");
        assertThat(marked.hasAttr("checked")).isTrue();
        assertThat(marked.attr("data-aria-controls")).isEqualTo("conditional-indicator-HIGH_MEETING_UNKNOWN_ADULTS");
        var reveal = page.select("#conditional-indicator-HIGH_MEETING_UNKNOWN_ADULTS");
        assertThat(reveal.hasClass("govuk-checkboxes__conditional--hidden")).isFalse();
        assertThat(reveal.select("#indicator-HIGH_MEETING_UNKNOWN_ADULTS-evidence").text())
                .contains("Seen getting into a car with an unknown adult", "added by practitioner, 3 Dec 2026 at 15:54");
        assertThat(reveal.select("label[for=evidence-HIGH_MEETING_UNKNOWN_ADULTS]").text())
                .isEqualTo("Add more evidence for \u201cMeeting unknown adults\u201d");
        assertThat(reveal.select("#evidence-HIGH_MEETING_UNKNOWN_ADULTS-hint").text())
                .contains("Children are exploited; they do not put themselves at risk.");

        // Not ticked: its box is hidden by GOV.UK's script, and simply shown where scripts do not run.
        var unticked = page.select("#conditional-indicator-HIGH_PREVIOUS_VICTIM_OF_CSE");
        assertThat(unticked.hasClass("govuk-checkboxes__conditional--hidden")).isTrue();
        assertThat(unticked.select("textarea#evidence-HIGH_PREVIOUS_VICTIM_OF_CSE")).hasSize(1);
        assertThat(page.select("form[action=" + HIGH + "] input[name=_csrf]")).hasSize(1);
        assertThat(page.select(".app-assessment-summary #assessment-suggested").text()).contains("High");
    }

    @Test
    void saving_marks_the_newly_ticked_with_evidence_adds_evidence_to_the_marked_and_waits_for_the_read_side()
            throws Exception {
        Drafts.draft(services, 9);
        services.on("POST", Drafts.COMMANDS + "/indicators", request -> {
            // The read side shows the changes once both have been made.
            Drafts.draft(services, 11);
            return Answer.noContent(11);
        });
        services.on("POST", Drafts.COMMANDS + "/evidence", Answer.noContent(10));

        mvc.perform(post(HIGH).with(practitioner()).with(csrf())
                        .param("indicators", "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH_UNEXPLAINED_GIFTS")
                        .param("evidence-HIGH_MEETING_UNKNOWN_ADULTS", "School saw the same car")
                        .param("evidence-HIGH_UNEXPLAINED_GIFTS", "  A new phone she cannot explain  ")
                        .param("evidence-HIGH_HOTELS_WITH_ADULTS", "typed, then unticked"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(Drafts.PAGE))
                .andExpect(flash().attribute("success", "Your answers have been saved."))
                .andExpect(flash().attributeCount(1));

        var marked = services.requests("POST", Drafts.COMMANDS + "/indicators");
        assertThat(marked).hasSize(1);
        assertThat(marked.get(0).body())
                .isEqualTo("{\"code\":\"HIGH_UNEXPLAINED_GIFTS\",\"evidence\":\"A new phone she cannot explain\"}");
        assertThat(marked.get(0).authorization()).isEqualTo("Bearer " + TOKEN);
        var evidence = services.requests("POST", Drafts.COMMANDS + "/evidence");
        assertThat(evidence).hasSize(1);
        assertThat(evidence.get(0).body()).contains("\"indicatorCode\":\"HIGH_MEETING_UNKNOWN_ADULTS\"")
                .contains("\"text\":\"School saw the same car\"");
        assertThat(services.requests().stream().filter(r -> r.path().contains("withdrawal"))).isEmpty();
    }

    @Test
    void a_ticked_item_without_evidence_is_marked_so_the_gap_shows_at_submission() throws Exception {
        Drafts.draft(services, 9);
        services.on("POST", Drafts.COMMANDS + "/indicators", Answer.noContent(9));
        mvc.perform(post(Drafts.PAGE + "/sections/LOW").with(practitioner()).with(csrf())
                        .param("indicators", "LOW_RETURNING_HOME_LATE"))
                .andExpect(status().isFound());
        assertThat(services.requests("POST", Drafts.COMMANDS + "/indicators").get(0).body())
                .isEqualTo("{\"code\":\"LOW_RETURNING_HOME_LATE\"}");
    }

    @Test
    void unticking_a_marked_indicator_needs_a_reason_and_nothing_is_sent_without_one() throws Exception {
        Drafts.draft(services, 9);
        var page = html(mvc.perform(post(MEDIUM).with(practitioner()).with(csrf())
                        .param("withdrawalReason", " "))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#withdrawalReason");
        assertThat(page.select("#withdrawalReason-error").text())
                .isEqualTo("Error: Enter why the items you unticked no longer apply");
        assertThat(page.select("#indicator-MEDIUM_MISSING_FROM_HOME_OR_CARE").hasAttr("checked")).isFalse();
        assertThat(services.requests().stream().filter(r -> r.method().equals("POST"))).isEmpty();

        services.on("POST", Drafts.COMMANDS + "/indicators/MEDIUM_MISSING_FROM_HOME_OR_CARE/withdrawal",
                Answer.noContent(10));
        Drafts.draft(services, 10);
        mvc.perform(post(MEDIUM).with(practitioner()).with(csrf()).param("withdrawalReason", "Home every night now"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(Drafts.PAGE));
        assertThat(services.requests("POST",
                Drafts.COMMANDS + "/indicators/MEDIUM_MISSING_FROM_HOME_OR_CARE/withdrawal").get(0).body())
                .isEqualTo("{\"reason\":\"Home every night now\"}");
    }

    @Test
    void a_carried_forward_indicator_kept_ticked_is_confirmed_by_marking_it_again() throws Exception {
        Drafts.city(services, "case-status-reassessment.json");
        String page = Drafts.CITY_PAGE + "/sections/HIGH";
        var form = html(mvc.perform(get(page).with(practitioner())).andExpect(status().isOk()).andReturn());
        assertThat(form.select("#indicator-HIGH_MEETING_UNKNOWN_ADULTS-hint").text()).contains("Carried forward");
        assertThat(form.select("#indicator-HIGH_MEETING_UNKNOWN_ADULTS").hasAttr("checked")).isTrue();

        services.on("POST", "/api/assessments/" + Drafts.CITY_ASSESSMENT_ID + "/indicators", Answer.noContent(20));
        mvc.perform(post(page).with(practitioner()).with(csrf()).param("indicators", "HIGH_MEETING_UNKNOWN_ADULTS")
                        .param("evidence-HIGH_MEETING_UNKNOWN_ADULTS", "Still seen with the same adult"))
                .andExpect(status().isFound());
        assertThat(services.requests("POST", "/api/assessments/" + Drafts.CITY_ASSESSMENT_ID + "/indicators")
                .get(0).body()).isEqualTo("{\"code\":\"HIGH_MEETING_UNKNOWN_ADULTS\","
                + "\"evidence\":\"Still seen with the same adult\"}");
    }

    @Test
    void a_refused_item_is_shown_beside_its_box_keeping_what_was_typed() throws Exception {
        Drafts.draft(services, 9);
        services.on("POST", Drafts.COMMANDS + "/indicators",
                Answer.json(409, Contracts.read("problem-already-marked.json")));
        var page = html(mvc.perform(post(HIGH).with(practitioner()).with(csrf())
                        .param("indicators", "HIGH_MEETING_UNKNOWN_ADULTS", "HIGH_HOTELS_WITH_ADULTS")
                        .param("evidence-HIGH_HOTELS_WITH_ADULTS", "Seen at a hotel"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#evidence-HIGH_HOTELS_WITH_ADULTS");
        assertThat(page.select("#evidence-HIGH_HOTELS_WITH_ADULTS-error").text())
                .startsWith("Error: Visiting hotels with adults: ");
        assertThat(page.select("textarea#evidence-HIGH_HOTELS_WITH_ADULTS").text()).isEqualTo("Seen at a hotel");
        assertThat(page.select("#indicator-HIGH_HOTELS_WITH_ADULTS").hasAttr("checked")).isTrue();
    }

    @Test
    void there_is_no_such_part_of_the_tool() throws Exception {
        Drafts.draft(services, 9);
        mvc.perform(get(Drafts.PAGE + "/sections/EXTREME").with(practitioner())).andExpect(status().isNotFound());
    }

    @Test
    void only_practitioners_may_change_an_assessment() throws Exception {
        Drafts.draft(services, 9);
        mvc.perform(get(HIGH).with(as("auditor", "Ari Auditor", "AUDITOR", null))).andExpect(status().isForbidden());
        mvc.perform(post(HIGH).with(practitioner()).param("indicators", "HIGH_HOTELS_WITH_ADULTS"))
                .andExpect(status().isForbidden());
        assertThat(services.requests().stream().filter(r -> r.method().equals("POST"))).isEmpty();
    }
}
