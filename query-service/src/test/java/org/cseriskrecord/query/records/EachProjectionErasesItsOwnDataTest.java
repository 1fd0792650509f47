package org.cseriskrecord.query.records;

import org.cseriskrecord.events.CaseErased;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.Evidence;
import org.cseriskrecord.query.consumption.CaseProjection;
import org.cseriskrecord.query.consumption.ProjectionRebuild;
import org.cseriskrecord.query.support.Actor;
import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.riskmodel.rules.CategoryCounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each projection forgets the child's personal data in its own tables when {@link CaseErased} reaches it (ADR 050,
 * 095): no other projection erases for it. The events here are sent in clear (as if the case's key had not been
 * destroyed), and each projection is rebuilt alone from the topic, so only its own handling of the erasure can empty
 * its tables: a projection that forgets one of its personal columns fails its own case of this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EachProjectionErasesItsOwnDataTest extends org.cseriskrecord.query.support.QueryServiceIntegrationTest {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "Ottoline Brackenridge " + tag;
    private final String nickname = "Sparrowhawk " + tag;
    private final String address = "12 Tannery Yard " + tag;
    private final String location = "Tannery Yard Underpass " + tag;
    private final String personOfConcern = "Gideon Marlpit " + tag;
    private final String evidence = "Seen with an adult known as " + nickname;
    private final String analysis = "Analysis naming " + personOfConcern;
    private final String comments = "Agreed; " + nickname + " is known to police";
    private final String professional = "Rosalind Fairweather " + tag;
    private final LocalDate dateOfBirth = LocalDate.of(2010, 7, 19);
    private final CaseScript script = new CaseScript(Instant.parse("2025-04-01T09:00:00Z"));

    @Autowired
    ProjectionRebuild rebuild;

    @BeforeAll
    void an_erased_case_that_was_named_everywhere() {
        var id = "asm-" + script.caseId;
        var c = CaseScript.child(name, dateOfBirth, "NO");
        var child = new ChildDetails(c.name(), nickname, c.dateOfBirth(), c.gender(), c.genderCode(),
                c.sexualOrientation(), c.ethnicity(), c.ethnicityCode(), c.religion(), address, c.postcode(),
                c.telephone(), c.firstLanguage(), c.hasDisability(), c.disabilityDetails(), c.disabilityCodes(),
                c.communicationLearningNeeds(), c.learningDifficulty(), c.legalStatusIfAccommodated(),
                c.childProtectionPlan(), c.missing(), c.participation());
        var opened = script.opened("CITY", child);
        var events = new ArrayList<CaseEventEnvelope>();
        events.add(script.next(new org.cseriskrecord.events.CaseOpened(script.caseId, "CITY", child,
                List.of(new org.cseriskrecord.events.ProfessionalDetails(professional, "Social Worker", "0115 111 1111",
                        "r.fairweather@example.org")), opened.placement(), "School nurse " + professional),
                Actor.PRACTITIONER));
        events.add(script.next(script.started(id, LocalDate.of(2025, 4, 1)), Actor.PRACTITIONER));
        events.add(script.next(script.marked(id, "Meeting unknown adults", new Evidence("ev-1", evidence, nickname,
                null)), Actor.PRACTITIONER));
        events.add(script.next(new org.cseriskrecord.events.AnalysisRecorded(script.caseId, id, analysis,
                List.of(location), List.of(personOfConcern), "HIGH", null, false), Actor.PRACTITIONER));
        events.add(script.next(script.submitted(id, new CategoryCounts(0, 0, 0, 1), "HIGH", "rule", false, "HIGH",
                List.of()), Actor.PRACTITIONER));
        events.add(script.next(script.authorised(id, "HIGH", comments), Actor.MANAGER));
        sendAndAwait(events);
        assertThat(rowsNaming(List.of("case_status", "case_status_assessment", "trend_location"), name, location))
                .as("the case is projected before it is erased").isNotEmpty();
        sendAndAwait(List.of(script.next(new CaseErased(script.caseId, "Retention period ended"),
                new Actor("admin", "ADMIN", "Records management"))));
    }

    List<String> projections() {
        return rebuild.projections().stream().map(CaseProjection::name).toList();
    }

    @ParameterizedTest
    @MethodSource("projections")
    void each_projection_rebuilt_alone_holds_none_of_an_erased_childs_personal_data(String projection) {
        var rebuilt = rebuild.rebuild(rebuild.projection(projection).orElseThrow());

        assertThat(rowsNaming(rebuilt.tables(), name, nickname, address, location, personOfConcern, evidence,
                analysis, comments, professional, dateOfBirth.toString()))
                .as("rows of %s that still name the erased child or the people and places around them", projection)
                .isEmpty();
    }

    /** The rows of these tables that mention the case (by its id) and one of the values, as text. */
    private List<String> rowsNaming(List<String> tables, String... values) {
        var found = new ArrayList<String>();
        for (var table : tables) {
            for (var value : values) {
                found.addAll(jdbc.sql("select '" + table + ": ' || t::text from " + table + " t "
                                + "where position(:caseId in t::text) > 0 and position(:value in t::text) > 0")
                        .param("caseId", script.caseId)
                        .param("value", value)
                        .query(String.class)
                        .list());
            }
        }
        return found;
    }
}
