package org.cseriskrecord.query.casestatus;

import org.cseriskrecord.events.CarriedForwardIndicator;
import org.cseriskrecord.riskmodel.rules.CategoryCounts;
import org.cseriskrecord.events.PlacementDetails;
import org.cseriskrecord.events.ProfessionalDetails;
import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseriskrecord.query.casestatus.CompleteAssessmentTest.codes;
import static org.cseriskrecord.query.casestatus.CompleteAssessmentTest.counts;
import static org.cseriskrecord.query.support.Actor.MANAGER;
import static org.cseriskrecord.query.support.Actor.PRACTITIONER;
import static org.cseriskrecord.query.support.Actor.PRACTITIONER2;
import static org.cseriskrecord.query.support.CaseScript.code;
import static org.cseriskrecord.query.support.CaseScript.evidence;

class AssessmentLifecycleTest extends QueryServiceIntegrationTest {

    private static final String LATE = "Returning home late";
    private static final String SCHOOL = "Absent/truanting from school";
    private static final String MOOD = "Mood swings";
    private static final String SECRETIVE = "Secretive behaviour";
    private static final String ADULTS = "Association with adults of concern";

    @Test
    void a_reassessment_counts_carried_forward_indicators_until_they_are_withdrawn() {
        var script = new CaseScript(Instant.parse("2025-01-10T10:00:00Z"));
        var first = "first-" + script.caseId;
        var second = "second-" + script.caseId;
        var lateEvidence = evidence("Home at 2am twice a week");
        var adultsEvidence = evidence("Seen with adults of concern");
        sendAll(
                script.next(script.opened("CITY", CaseScript.child("Sam Example", LocalDate.of(2009, 1, 1), false)),
                        PRACTITIONER),
                script.next(script.started(first, LocalDate.of(2025, 1, 10)), PRACTITIONER),
                script.next(script.marked(first, LATE, lateEvidence), PRACTITIONER),
                script.next(script.marked(first, ADULTS, adultsEvidence), PRACTITIONER),
                script.next(script.analysis(first, "LOW", null, false), PRACTITIONER),
                script.next(script.submitted(first, new CategoryCounts(0, 1, 1, 0), "NONE", "No identified risk",
                        false, "LOW", List.of()), PRACTITIONER),
                script.next(script.authorised(first, "LOW", null), MANAGER),
                script.next(script.reassessment(second, LocalDate.of(2025, 4, 10), first, List.of(
                        new CarriedForwardIndicator(code(LATE), "LOW", List.of(lateEvidence)),
                        new CarriedForwardIndicator(code(ADULTS), "MEDIUM", List.of(adultsEvidence)))), PRACTITIONER2));

        var status = awaitCase(script.caseId, c -> second.equals(c.at("/currentAssessment/assessmentId").asText()));
        var current = status.get("currentAssessment");
        assertThat(current.get("status").asText()).isEqualTo("DRAFT");
        assertThat(current.get("previousAssessmentId").asText()).isEqualTo(first);
        assertThat(counts(current)).containsExactly(0, 1, 1, 0);
        assertThat(codes(current.get("indicators"))).containsExactly(code(LATE), code(ADULTS));
        current.get("indicators").forEach(i -> assertThat(i.get("state").asText()).isEqualTo("CARRIED_FORWARD"));
        var carriedEvidence = current.at("/indicators/0/evidence/0");
        assertThat(carriedEvidence.get("evidenceId").asText()).isEqualTo(lateEvidence.evidenceId());
        assertThat(carriedEvidence.get("text").asText()).isEqualTo("Home at 2am twice a week");
        assertThat(carriedEvidence.get("addedBy").asText()).as("who first recorded it").isEqualTo("practitioner");
        assertThat(status.get("riskLevel").asText()).as("the authorised assessment still sets the level").isEqualTo("LOW");
        assertThat(status.get("assessments")).hasSize(2);

        // Confirming one, withdrawing the other, marking new ones.
        sendAll(
                script.next(script.marked(second, LATE, null), PRACTITIONER2),
                script.next(script.withdrawn(second, ADULTS, "No longer in contact with these adults"), PRACTITIONER2),
                script.next(script.marked(second, SCHOOL, evidence("Absent 10 days")), PRACTITIONER2));
        status = awaitCase(script.caseId, c -> c.at("/currentAssessment/indicators").size() == 2
                && codes(c.at("/currentAssessment/indicators")).contains(code(SCHOOL)));
        current = status.get("currentAssessment");
        assertThat(counts(current)).containsExactly(0, 2, 0, 0);
        assertThat(codes(current.get("indicators"))).as("in the order of the form").containsExactly(code(SCHOOL), code(LATE));
        assertThat(current.at("/indicators/1/state").asText()).isEqualTo("MARKED");
        assertThat(current.at("/indicators/1/evidence")).as("confirmed with its evidence").hasSize(1);
        var history = awaitHistory(script.caseId, 11);
        assertThat(history.at("/9/summary").asText()).isEqualTo(
                "Withdrew MEDIUM indicator: " + ADULTS + "; reason: No longer in contact with these adults");
        assertThat(history.at("/9/actor").asText()).isEqualTo("practitioner2");
        assertThat(history.at("/9/agency").asText()).isEqualTo("Health");
    }

    @Test
    void a_returned_assessment_shows_returned_with_the_reason() {
        var script = new CaseScript(Instant.parse("2025-02-01T10:00:00Z"));
        var a = "asm-" + script.caseId;
        sendAll(
                script.next(script.opened("COUNTY", CaseScript.child("Robin Example", LocalDate.of(2009, 6, 1), false)),
                        PRACTITIONER),
                script.next(script.started(a, LocalDate.of(2025, 2, 1)), PRACTITIONER),
                script.next(script.marked(a, LATE, evidence("Late")), PRACTITIONER),
                script.next(script.analysis(a, "NONE", null, false), PRACTITIONER),
                script.next(script.submitted(a, new CategoryCounts(0, 1, 0, 0), "NONE", "No identified risk", false,
                        "NONE", List.of()), PRACTITIONER));
        var submitted = awaitCase(script.caseId, c -> "SUBMITTED".equals(c.at("/currentAssessment/status").asText()));
        assertThat(submitted.at("/currentAssessment/ruleFired").asText())
                .as("the outcome the tool gave at submission").isEqualTo("No identified risk");

        send(script.next(script.returned(a, "Please evidence the school absence"), MANAGER));

        var status = awaitCase(script.caseId, c -> "RETURNED".equals(c.at("/currentAssessment/status").asText()));
        assertThat(status.at("/currentAssessment/returnedReason").asText()).isEqualTo("Please evidence the school absence");
        assertThat(status.at("/currentAssessment/returnedBy").asText()).isEqualTo("manager");
        assertThat(status.at("/assessments/0/status").asText()).isEqualTo("RETURNED");
        assertThat(status.get("riskLevel").isNull()).isTrue();
        var history = awaitHistory(script.caseId, 6);
        assertThat(history.at("/5/summary").asText())
                .isEqualTo("Returned the assessment to the practitioner; reason: Please evidence the school absence");
    }

    @Test
    void correcting_the_date_of_birth_to_under_thirteen_raises_a_low_suggestion_to_medium_by_the_floor() {
        var script = new CaseScript(Instant.parse("2025-03-01T10:00:00Z"));
        var a = "asm-" + script.caseId;
        sendAll(
                script.next(script.opened("COUNTY", CaseScript.child("Kim Example", LocalDate.of(2010, 1, 1), false)),
                        PRACTITIONER),
                script.next(script.started(a, LocalDate.of(2025, 3, 1)), PRACTITIONER),
                script.next(script.marked(a, LATE, evidence("e1")), PRACTITIONER),
                script.next(script.marked(a, SCHOOL, evidence("e2")), PRACTITIONER),
                script.next(script.marked(a, MOOD, evidence("e3")), PRACTITIONER),
                script.next(script.marked(a, SECRETIVE, evidence("e4")), PRACTITIONER));
        var before = awaitCase(script.caseId, c -> c.at("/currentAssessment/indicators").size() == 4);
        assertThat(before.at("/currentAssessment/suggestedLevel").asText()).isEqualTo("LOW");
        assertThat(before.at("/currentAssessment/floorApplied").asBoolean()).isFalse();
        assertThat(counts(before.get("currentAssessment"))).containsExactly(0, 4, 0, 0);

        send(script.next(script.corrected(CaseScript.child("Kim Example", LocalDate.of(2013, 6, 1), false),
                "dateOfBirth"), PRACTITIONER));

        var after = awaitCase(script.caseId, c -> "2013-06-01".equals(c.at("/child/dateOfBirth").asText()));
        var current = after.get("currentAssessment");
        assertThat(current.get("suggestedLevel").asText()).isEqualTo("MEDIUM");
        assertThat(current.get("floorApplied").asBoolean()).isTrue();
        assertThat(current.get("floorExplanation").asText()).isNotBlank();
        assertThat(counts(current)).as("under 13 is a vulnerability the tool derives").containsExactly(1, 4, 0, 0);
        var under13 = current.get("indicators").get(0);
        assertThat(under13.get("label").asText()).isEqualTo("Under 13 years of age");
        assertThat(under13.get("state").asText()).isEqualTo("DERIVED");
        assertThat(under13.get("category").asText()).isEqualTo("VULNERABILITY");
        var history = awaitHistory(script.caseId, 7);
        assertThat(history.at("/6/summary").asText()).isEqualTo("Corrected child details: dateOfBirth");
    }

    @Test
    void updated_case_details_replace_those_of_the_opening_in_the_status_and_are_summarised_in_the_history() {
        var script = new CaseScript(Instant.parse("2025-05-01T10:00:00Z"));
        var a = "asm-" + script.caseId;
        var worker = new ProfessionalDetails("A. Worker", "Social Worker", "0115 111 1111", "a.worker@example.org");
        var nurse = new ProfessionalDetails("B. Nurse", "School Nurse", "01632 960201", "b.nurse@example.org");
        sendAll(
                script.next(script.opened("COUNTY", CaseScript.child("Lee Example", LocalDate.of(2010, 1, 1), false)),
                        PRACTITIONER),
                script.next(script.started(a, LocalDate.of(2025, 5, 1)), PRACTITIONER),
                script.next(script.marked(a, LATE, evidence("e1")), PRACTITIONER));
        var before = awaitCase(script.caseId, c -> c.at("/currentAssessment/indicators").size() == 1);
        assertThat(before.at("/placement/placementType").asText()).isEqualTo("Foster care");

        send(script.next(script.detailsUpdated(List.of(worker, nurse),
                new PlacementDetails("Residential home", "4 Pretend Avenue, ZZ4 4ZZ"), "School; Youth Offending Team",
                "professionals", "placement"), PRACTITIONER2));

        var after = awaitCase(script.caseId, c -> "Residential home".equals(c.at("/placement/placementType").asText()));
        assertThat(after.at("/placement/placementAddressAndDetails").asText()).isEqualTo("4 Pretend Avenue, ZZ4 4ZZ");
        assertThat(after.get("professionals")).hasSize(2);
        assertThat(after.at("/professionals/1/name").asText()).isEqualTo("B. Nurse");
        assertThat(after.at("/professionals/1/email").asText()).isEqualTo("b.nurse@example.org");
        assertThat(after.get("otherProfessionalsInvolved").asText()).isEqualTo("School; Youth Offending Team");
        assertThat(after.get("child")).as("the child's details are untouched").isEqualTo(before.get("child"));
        assertThat(after.at("/currentAssessment/suggestedLevel").asText())
                .isEqualTo(before.at("/currentAssessment/suggestedLevel").asText());
        var history = awaitHistory(script.caseId, 4);
        assertThat(history.at("/3/type").asText()).isEqualTo("CaseDetailsUpdated");
        assertThat(history.at("/3/summary").asText()).isEqualTo("Updated the case details: professionals, placement");
        assertThat(history.at("/3/actor").asText()).isEqualTo("practitioner2");
        assertThat(history.at("/3/data/placement/placementType").asText()).isEqualTo("Residential home");
    }
}
