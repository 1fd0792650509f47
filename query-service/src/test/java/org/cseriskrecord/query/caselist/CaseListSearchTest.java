package org.cseriskrecord.query.caselist;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.events.AnalysisRecorded;
import org.cseriskrecord.riskmodel.rules.CategoryCounts;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.query.support.Actor;
import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseriskrecord.query.support.Actor.MANAGER;
import static org.cseriskrecord.query.support.Actor.PRACTITIONER;
import static org.cseriskrecord.query.support.CaseScript.evidence;

/** The case list's search (name, also-known-as, nickname) and "awaiting my authorisation" (web-ui journey 2). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseListSearchTest extends QueryServiceIntegrationTest {

    private final String unique = UUID.randomUUID().toString().substring(0, 6);
    private CaseScript named;
    private CaseScript alsoKnown;
    private CaseScript nicknamed;
    private CaseScript submitted;
    private CaseScript managerContributed;

    @BeforeAll
    void cases() {
        named = new CaseScript(Instant.parse("2030-03-01T09:00:00Z"));
        sendAll(named.next(named.opened("CITY", child("Quinn" + unique, "Jay")), PRACTITIONER));

        alsoKnown = new CaseScript(Instant.parse("2030-03-02T09:00:00Z"));
        sendAll(alsoKnown.next(alsoKnown.opened("CITY", child("Ash Example", "Kit" + unique)), PRACTITIONER));

        nicknamed = new CaseScript(Instant.parse("2030-03-03T09:00:00Z"));
        var n = "asm-" + nicknamed.caseId;
        sendAll(nicknamed.next(nicknamed.opened("CITY", child("Bo Example", null)), PRACTITIONER),
                nicknamed.next(nicknamed.started(n, LocalDate.of(2030, 3, 3)), PRACTITIONER),
                nicknamed.next(new AnalysisRecorded(nicknamed.caseId, n, "Analysis", List.of("Park"),
                        List.of("Older male known as 'Zed" + unique + "'"), "MEDIUM", null, false), PRACTITIONER));

        submitted = submittedBy(PRACTITIONER, null, "2030-03-04T09:00:00Z");
        managerContributed = submittedBy(PRACTITIONER, MANAGER, "2030-03-05T09:00:00Z");

        awaitCase(named.caseId, s -> true);
        awaitCase(alsoKnown.caseId, s -> true);
        awaitCase(nicknamed.caseId, s -> "MEDIUM".equals(s.at("/currentAssessment/assessedLevel").asText()));
        awaitCase(submitted.caseId, s -> "SUBMITTED".equals(s.at("/currentAssessment/status").asText()));
        awaitCase(managerContributed.caseId, s -> "SUBMITTED".equals(s.at("/currentAssessment/status").asText()));
    }

    /** A submitted assessment; {@code alsoContributing} adds evidence to it before submission. */
    private CaseScript submittedBy(Actor practitioner, Actor alsoContributing, String at) {
        var script = new CaseScript(Instant.parse(at));
        var a = "asm-" + script.caseId;
        List<org.cseriskrecord.events.CaseEventEnvelope> events = new ArrayList<>(List.of(
                script.next(script.opened("COUNTY", child("Cy " + unique, null)), practitioner),
                script.next(script.started(a, LocalDate.of(2030, 3, 4)), practitioner),
                script.next(script.marked(a, "Meeting unknown adults", evidence("Met an adult")), practitioner)));
        if (alsoContributing != null) {
            events.add(script.next(script.evidenceAdded(a, "Meeting unknown adults", evidence("Seen again")),
                    alsoContributing));
        }
        events.add(script.next(script.analysis(a, "HIGH", null, false), practitioner));
        events.add(script.next(script.submitted(a, new CategoryCounts(0, 0, 0, 1), "HIGH",
                "1 HIGH indicator: Meeting unknown adults", false, "HIGH", List.of()), practitioner));
        sendAll(events.toArray(org.cseriskrecord.events.CaseEventEnvelope[]::new));
        return script;
    }

    private static ChildDetails child(String name, String alsoKnownAs) {
        var c = CaseScript.child(name, LocalDate.of(2012, 5, 5), false);
        return new ChildDetails(c.name(), alsoKnownAs, c.dateOfBirth(), c.gender(), c.genderCode(),
                c.sexualOrientation(), c.ethnicity(), c.ethnicityCode(), c.religion(), c.address(), c.postcode(),
                c.telephone(), c.firstLanguage(), c.hasDisability(), c.disabilityDetails(), c.disabilityCodes(),
                c.communicationLearningNeeds(), c.learningDifficulty(), c.legalStatusIfAccommodated(),
                c.childProtectionPlan(), c.missing(), c.participation());
    }

    private List<String> found(String query, String user) {
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : getJson("/api/cases?limit=500&" + query, user)) {
            ids.add(entry.get("caseId").asText());
        }
        return ids;
    }

    @Test
    void search_finds_the_child_by_name_also_known_as_or_a_nickname_of_a_person_of_concern_ignoring_case() {
        assertThat(found("search=quinn" + unique, "practitioner")).containsExactly(named.caseId);
        assertThat(found("search=KIT" + unique, "practitioner")).containsExactly(alsoKnown.caseId);
        assertThat(found("search=zed" + unique, "practitioner")).containsExactly(nicknamed.caseId);
        assertThat(found("search=Quinn" + unique + "+jay", "practitioner"))
                .as("every word must be found somewhere").containsExactly(named.caseId);
        assertThat(found("search=Quinn" + unique + "+Kit" + unique, "practitioner")).isEmpty();
    }

    @Test
    void search_takes_percent_and_underscore_literally() {
        assertThat(found("search=%" + unique, "practitioner")).isEmpty();
        assertThat(found("search=Q_inn" + unique, "practitioner")).isEmpty();
    }

    @Test
    void awaiting_my_authorisation_lists_submissions_of_my_agency_to_which_i_did_not_contribute() {
        List<String> mine = found("awaitingMyAuthorisation=true&search=Cy+" + unique, "manager");
        assertThat(mine).containsExactly(submitted.caseId);
        assertThat(found("awaitingMyAuthorisation=true&search=Cy+" + unique, "manager2"))
                .as("another agency's manager").isEmpty();
        assertThat(found("awaitingMyAuthorisation=true&search=Cy+" + unique, "practitioner"))
                .as("not a manager").isEmpty();
        assertThat(found("awaitingMyAuthorisation=false&search=Cy+" + unique, "manager"))
                .containsExactlyInAnyOrder(submitted.caseId, managerContributed.caseId);
    }

    @Test
    void an_answer_other_than_true_or_false_or_an_overlong_search_is_refused_in_words() {
        var refused = get("/api/cases?awaitingMyAuthorisation=yes", "manager");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(read(refused.getBody()).get("detail").asText()).contains("awaitingMyAuthorisation")
                .contains("true or false");
        var tooLong = get("/api/cases?search=" + "a".repeat(201), "manager");
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
    }
}
