package org.cseriskrecord.query.history;

import org.cseriskrecord.riskmodel.rules.CategoryCounts;
import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HistorySummariesTest {

    private final CaseScript script = new CaseScript(Instant.parse("2025-01-01T00:00:00Z"));
    private final Optional<org.cseriskrecord.riskmodel.catalogue.Catalogue> form = Optional.of(Catalogues.current());

    @Test
    void each_event_is_one_sentence_saying_what_changed() {
        var child = CaseScript.child("A", LocalDate.of(2010, 1, 1), false);
        assertThat(say(script.opened("COUNTY", child)))
                .isEqualTo("Opened the case in area COUNTY");
        assertThat(say(script.corrected(child, "name", "postcode"))).isEqualTo("Corrected child details: name, postcode");
        assertThat(say(script.detailsUpdated(List.of(), null, null, "placement")))
                .isEqualTo("Updated the case details: placement");
        assertThat(say(script.started("a", LocalDate.of(2025, 1, 2))))
                .isEqualTo("Started an assessment dated 2025-01-02 on form version " + CaseScript.CATALOGUE);
        assertThat(say(script.marked("a", "Returning home late", null)))
                .isEqualTo("Marked LOW indicator: Returning home late");
        assertThat(say(script.marked("a", "Looked after child", CaseScript.evidence("x"))))
                .isEqualTo("Marked vulnerability: Looked after child, with evidence");
        assertThat(say(script.withdrawn("a", "Meeting unknown adults", "Was a relative")))
                .isEqualTo("Withdrew HIGH indicator: Meeting unknown adults; reason: Was a relative");
        assertThat(say(script.detail("a", "VULNERABILITY", "text")))
                .isEqualTo("Recorded additional detail/evidence regarding vulnerabilities");
        assertThat(say(script.analysis("a", "LOW", "Known to services; protective factors", true)))
                .isEqualTo("Recorded the professional's analysis: assessed level LOW, below the tool's suggestion; "
                        + "rationale: Known to services; protective factors");
        assertThat(say(script.submitted("a", new CategoryCounts(0, 4, 0, 0), "MEDIUM", "rule", true, "MEDIUM",
                List.of()))).isEqualTo("Submitted the assessment for authorisation: the tool suggested MEDIUM "
                + "(raised by the under-13 / learning-difficulty floor), assessed level MEDIUM");
        assertThat(say(script.returned("a", "More evidence please")))
                .isEqualTo("Returned the assessment to the practitioner; reason: More evidence please");
        assertThat(say(script.authorised("a", "HIGH", null))).isEqualTo("Authorised the assessment at level HIGH");
    }

    @Test
    void the_judgement_the_flags_and_the_new_events_are_each_one_sentence() {
        assertThat(say(script.submitted("a", new CategoryCounts(1, 3, 1, 0), "NONE", "rule", "NONE", List.of(),
                "NONE", true, true, "NO", null, false))).isEqualTo("Submitted the assessment for authorisation: the "
                + "tool suggested NONE, assessed level NONE; flagged: no risk assessed for a child who cannot be "
                + "categorised as low risk, with indicators present");
        assertThat(say(script.submitted("a", new CategoryCounts(0, 1, 0, 0), "NONE", "rule", "HIGH", List.of(),
                "HIGH", false, false, "NO", null, false))).isEqualTo("Submitted the assessment for authorisation: the "
                + "tool suggested NONE, assessed level HIGH; the required response is that of HIGH");
        assertThat(say(script.submitted("a", new CategoryCounts(0, 1, 0, 0), "NONE", "rule", "LOW", List.of(),
                "LOW", false, false, "NO", "HIGH", true))).endsWith("assessed level LOW; the required response is that of LOW; "
                + "flagged: a step-down from HIGH");
        assertThat(say(script.authorised("a", "MEDIUM", "HIGH", "Intelligence about the driver", "HIGH", List.of(),
                null, false, false))).isEqualTo("Authorised the assessment at level HIGH (the practitioner assessed "
                + "MEDIUM); reason: Intelligence about the driver");
        assertThat(say(script.authorised("a", "LOW", "LOW", null, "LOW", List.of(), "HIGH", true, false)))
                .isEqualTo("Authorised the assessment at level LOW; flagged: a step-down from HIGH");
        assertThat(say(script.discarded("a", "Started on the wrong case")))
                .isEqualTo("Discarded the assessment (it counts in no figure); reason: Started on the wrong case");
        assertThat(say(script.confirmed("a", "NOT_KNOWN")))
                .isEqualTo("Confirmed for this assessment that the child's learning difficulty is NOT_KNOWN");
        assertThat(say(script.professional("a", CaseScript.WORKER)))
                .isEqualTo("Recorded who completes the assessment: A. Worker, Social Worker, Police");
    }

    @Test
    void without_the_form_version_an_indicator_is_named_by_its_code() {
        var marked = script.marked("a", "Returning home late", null);
        assertThat(HistorySummaries.summarise(marked, Optional.empty()))
                .isEqualTo("Marked LOW indicator: " + marked.code());
    }

    private String say(org.cseriskrecord.events.CaseEvent event) {
        return HistorySummaries.summarise(event, form);
    }
}
