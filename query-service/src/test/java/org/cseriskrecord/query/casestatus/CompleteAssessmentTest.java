package org.cseriskrecord.query.casestatus;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.riskmodel.rules.CategoryCounts;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseriskrecord.query.support.Actor.MANAGER;
import static org.cseriskrecord.query.support.Actor.PRACTITIONER;
import static org.cseriskrecord.query.support.CaseScript.code;
import static org.cseriskrecord.query.support.CaseScript.evidence;

class CompleteAssessmentTest extends QueryServiceIntegrationTest {

    private static final String MISSING = "Missing or absent  from home or care";
    private static final String ADULTS = "Association with adults of concern";
    private static final String LATE = "Returning home late";
    private static final String LOOKED_AFTER = "Looked after child";

    @Test
    void a_complete_assessment_gives_its_status_counts_suggestion_risk_level_and_attributed_history() {
        var script = new CaseScript(Instant.parse("2025-03-01T09:00:00Z"));
        var a = "asm-" + script.caseId;
        var child = CaseScript.child("Alex Example", LocalDate.of(2010, 5, 1), false);
        var firstEvidence = evidence("Missing three nights in February");
        var moreEvidence = evidence("Police found her in another town");
        sendAll(
                script.next(script.opened("COUNTY", child), PRACTITIONER),
                script.next(script.started(a, LocalDate.of(2025, 3, 1)), PRACTITIONER),
                script.next(script.marked(a, MISSING, firstEvidence), PRACTITIONER),
                script.next(script.marked(a, ADULTS, evidence("Seen with a man in his thirties")), PRACTITIONER),
                script.next(script.marked(a, LATE, evidence("Returns after midnight")), PRACTITIONER),
                script.next(script.marked(a, LOOKED_AFTER, null), PRACTITIONER),
                script.next(script.evidenceAdded(a, MISSING, moreEvidence), PRACTITIONER),
                script.next(script.detail(a, "MEDIUM", "Detail about the medium indicators"), PRACTITIONER),
                script.next(script.analysis(a, "MEDIUM", null, false), PRACTITIONER));

        // While a draft, the tool's suggestion is computed from the marked indicators.
        var draft = awaitCase(script.caseId, c -> c.at("/currentAssessment/analysis").isTextual());
        var current = draft.get("currentAssessment");
        assertThat(current.get("status").asText()).isEqualTo("DRAFT");
        assertThat(counts(current)).containsExactly(1, 1, 2, 0);
        assertThat(current.get("suggestedLevel").asText()).isEqualTo("MEDIUM");
        assertThat(current.get("ruleFired").asText()).startsWith("2 MEDIUM indicators");
        assertThat(current.get("floorApplied").asBoolean()).isFalse();
        assertThat(current.get("belowThreshold").toString()).contains("1 LOW indicator");
        var mediumActions = Pathways.nottinghamshire().responseFor("COUNTY", RiskLevel.MEDIUM).actions();
        assertThat(texts(current.get("recommendedActions"))).isEqualTo(mediumActions);
        assertThat(texts(current.get("standingNotes"))).isEqualTo(Pathways.nottinghamshire().standingNotes("COUNTY"));
        assertThat(draft.get("riskLevel").isNull()).isTrue();

        sendAll(
                script.next(script.submitted(a, new CategoryCounts(1, 1, 2, 0), "MEDIUM",
                        current.get("ruleFired").asText(), false, "MEDIUM", mediumActions), PRACTITIONER),
                script.next(script.authorised(a, "MEDIUM", "Agreed; strategy meeting booked"), MANAGER));

        var status = awaitCase(script.caseId, c -> "AUTHORISED".equals(c.at("/currentAssessment/status").asText()));
        assertThat(status.get("caseId").asText()).isEqualTo(script.caseId);
        assertThat(status.get("area").asText()).isEqualTo("COUNTY");
        assertThat(status.at("/child/name").asText()).isEqualTo("Alex Example");
        assertThat(status.at("/child/dateOfBirth").asText()).isEqualTo("2010-05-01");
        assertThat(status.get("child").size()).as("every ChildDetails field")
                .isEqualTo(org.cseriskrecord.events.ChildDetails.class.getRecordComponents().length).isEqualTo(22);
        assertThat(status.at("/professionals/0/jobTitle").asText()).isEqualTo("Social Worker");
        assertThat(status.at("/placement/placementType").asText()).isEqualTo("Foster care");
        assertThat(status.get("otherProfessionalsInvolved").asText()).isEqualTo("School; Youth Offending Team");
        assertThat(status.get("riskLevel").asText()).isEqualTo("MEDIUM");
        assertThat(status.get("riskLevelSince").asText()).isEqualTo("2025-03-01");

        current = status.get("currentAssessment");
        assertThat(current.get("assessmentId").asText()).isEqualTo(a);
        assertThat(current.get("assessmentDate").asText()).isEqualTo("2025-03-01");
        assertThat(current.get("catalogueVersion").asText()).isEqualTo(CaseScript.CATALOGUE);
        assertThat(counts(current)).containsExactly(1, 1, 2, 0);
        assertThat(current.get("suggestedLevel").asText()).isEqualTo("MEDIUM");
        assertThat(current.get("assessedLevel").asText()).isEqualTo("MEDIUM");
        assertThat(current.get("analysis").asText()).isEqualTo("Analysis of the risks to the child");
        assertThat(current.at("/personsOfConcern/0").asText()).isEqualTo("'Smithy' (nickname)");
        assertThat(current.at("/locationsOfConcern/0").asText()).isEqualTo("Bus station");
        assertThat(current.at("/additionalDetail/MEDIUM").asText()).isEqualTo("Detail about the medium indicators");
        assertThat(current.at("/additionalDetail/LOW").isNull()).isTrue();
        assertThat(current.get("authorisedBy").asText()).isEqualTo("manager");
        assertThat(current.get("authorisedAt").asText()).isEqualTo("2025-03-01T09:11:00Z");
        assertThat(current.get("managerComments").asText()).isEqualTo("Agreed; strategy meeting booked");
        assertThat(current.get("submittedBy").asText()).isEqualTo("practitioner");

        // Indicators in the order of the form, labels verbatim, evidence in the order added, attributed.
        var indicators = current.get("indicators");
        assertThat(indicators).hasSize(4);
        assertThat(codes(indicators)).containsExactly(code(LOOKED_AFTER), code(LATE), code(MISSING), code(ADULTS));
        var missing = indicators.get(2);
        assertThat(missing.get("label").asText()).isEqualTo(MISSING);
        assertThat(missing.get("category").asText()).isEqualTo("MEDIUM");
        assertThat(missing.get("state").asText()).isEqualTo("MARKED");
        assertThat(missing.get("evidence")).hasSize(2);
        assertThat(missing.at("/evidence/0/evidenceId").asText()).isEqualTo(firstEvidence.evidenceId());
        assertThat(missing.at("/evidence/0/text").asText()).isEqualTo("Missing three nights in February");
        assertThat(missing.at("/evidence/0/source").asText()).isEqualTo("Police report");
        assertThat(missing.at("/evidence/0/observedOn").asText()).isEqualTo("2025-02-20");
        assertThat(missing.at("/evidence/0/addedBy").asText()).isEqualTo("practitioner");
        assertThat(missing.at("/evidence/0/addedAt").asText()).isEqualTo("2025-03-01T09:03:00Z");
        assertThat(missing.at("/evidence/1/evidenceId").asText()).isEqualTo(moreEvidence.evidenceId());
        assertThat(indicators.get(0).get("evidence")).isEmpty();

        assertThat(status.get("assessments")).hasSize(1);
        assertThat(status.at("/assessments/0/status").asText()).isEqualTo("AUTHORISED");
        assertThat(status.at("/assessments/0/assessedLevel").asText()).isEqualTo("MEDIUM");
        assertThat(status.at("/assessments/0/authorisedAt").asText()).isEqualTo("2025-03-01T09:11:00Z");
        assertThat(status.get("unprocessedEvents")).isEmpty();

        var history = awaitHistory(script.caseId, 11);
        List<String> types = new ArrayList<>();
        history.forEach(h -> types.add(h.get("type").asText()));
        assertThat(types).containsExactly("CaseOpened", "AssessmentStarted", "IndicatorMarked", "IndicatorMarked",
                "IndicatorMarked", "IndicatorMarked", "EvidenceAdded", "AdditionalDetailRecorded", "AnalysisRecorded",
                "AssessmentSubmitted", "ManagerAuthorised");
        for (int i = 0; i < history.size(); i++) {
            var entry = history.get(i);
            assertThat(entry.get("sequence").asLong()).isEqualTo(i);
            assertThat(entry.get("actor").asText()).isEqualTo(i == 10 ? "manager" : "practitioner");
            assertThat(entry.get("role").asText()).isEqualTo(i == 10 ? "MANAGER" : "PRACTITIONER");
            assertThat(entry.get("agency").asText()).isEqualTo("Police");
            assertThat(entry.get("correlationId").asText()).startsWith("corr-");
            assertThat(entry.get("eventId").asText()).startsWith("evt-");
            assertThat(Instant.parse(entry.get("at").asText())).isEqualTo(Instant.parse("2025-03-01T09:00:00Z")
                    .plusSeconds(60L * (i + 1)));
        }
        assertThat(history.at("/4/summary").asText()).isEqualTo("Marked LOW indicator: Returning home late, with evidence");
        assertThat(history.at("/5/summary").asText()).isEqualTo("Marked vulnerability: Looked after child");
        assertThat(history.at("/6/summary").asText()).isEqualTo("Added evidence to MEDIUM indicator: " + MISSING);
        assertThat(history.at("/10/summary").asText())
                .isEqualTo("Authorised the assessment at level MEDIUM; comments: Agreed; strategy meeting booked");
        assertThat(history.at("/2/data/code").asText()).isEqualTo(code(MISSING));
        assertThat(history.at("/2/data/evidence/text").asText()).isEqualTo("Missing three nights in February");
    }

    static List<Integer> counts(JsonNode assessment) {
        var counts = assessment.get("counts");
        return List.of(counts.get("vulnerability").asInt(), counts.get("low").asInt(), counts.get("medium").asInt(),
                counts.get("high").asInt());
    }

    static List<String> codes(JsonNode indicators) {
        List<String> codes = new ArrayList<>();
        indicators.forEach(i -> codes.add(i.get("code").asText()));
        return codes;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
