package org.cseriskrecord.query.records;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cseriskrecord.casekeys.CaseKeys;
import org.cseriskrecord.casekeys.PersonalDataCipher;
import org.cseriskrecord.events.CaseErased;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.cseriskrecord.events.CaseEventTypes;
import org.cseriskrecord.riskmodel.rules.CategoryCounts;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.Evidence;
import org.cseriskrecord.events.LegalHoldPlaced;
import org.cseriskrecord.events.PlacementDetails;
import org.cseriskrecord.query.support.Actor;
import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure on the read side: once {@link CaseErased} arrives (its key already destroyed by the command side), no view
 * of the read database holds any of the child's personal values, in clear or hex, while the case still counts in the
 * de-identified figures; and the daily retention review lists exactly the cases due.
 */
class RecordsManagementTest extends QueryServiceIntegrationTest {
    private static final String NAME = "Perpetua Ashgrove-Lindqvist";
    private static final String ADDRESS = "9 Quarrymans Ginnel, Nottingham";
    private static final String NICKNAME = "Marrowbone Kestrel";

    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    CaseKeys keys;
    @Autowired
    RetentionReview review;

    /** The envelope as the command side publishes it: personal values encrypted with the case's key. */
    private CaseEventEnvelope encrypted(CaseEventEnvelope clear) {
        var type = CaseEventTypes.byWireName(clear.type()).orElseThrow();
        var payload = cipher.encryptFields(clear.caseId(), type, ((ObjectNode) clear.payload()).deepCopy());
        return new CaseEventEnvelope(clear.eventId(), clear.type(), clear.revision(), clear.caseId(), clear.sequence(),
                clear.globalPosition(), clear.occurredAt(), clear.metadata(), payload);
    }

    private static ChildDetails child(String name, LocalDate dateOfBirth, String legalStatus) {
        var c = CaseScript.child(name, dateOfBirth, "NO");
        return new ChildDetails(c.name(), NAME.equals(name) ? NICKNAME : "Nick", c.dateOfBirth(), c.gender(), c.genderCode(), c.sexualOrientation(),
                c.ethnicity(), c.ethnicityCode(), c.religion(), NAME.equals(name) ? ADDRESS : c.address(), c.postcode(), c.telephone(), c.firstLanguage(),
                c.hasDisability(), c.disabilityDetails(), c.disabilityCodes(), c.communicationLearningNeeds(),
                c.learningDifficulty(), legalStatus, c.childProtectionPlan(), c.missing(), c.participation());
    }

    @Test
    void erasure_deletes_the_childs_personal_data_from_every_view_and_the_case_still_counts() {
        var script = new CaseScript(Instant.parse("2025-03-01T09:00:00Z"));
        var id = "asm-" + script.caseId;
        var events = new ArrayList<CaseEventEnvelope>();
        events.add(script.next(script.opened("CITY", child(NAME, LocalDate.of(2011, 4, 2), null)), Actor.PRACTITIONER));
        events.add(script.next(script.started(id, LocalDate.of(2025, 3, 1)), Actor.PRACTITIONER));
        events.add(script.next(script.marked(id, "Meeting unknown adults", new Evidence("ev-1",
                "Collected from school by an adult known as " + NICKNAME, NICKNAME, null)), Actor.PRACTITIONER));
        events.add(script.next(script.analysis(id, "HIGH", null, false), Actor.PRACTITIONER));
        events.add(script.next(script.submitted(id, new CategoryCounts(0, 0, 0, 1), "HIGH", "rule", false, "HIGH",
                List.of()), Actor.PRACTITIONER));
        events.add(script.next(script.authorised(id, "HIGH", "Agreed; " + NICKNAME + " is known to police"),
                Actor.MANAGER));
        sendAndAwait(events.stream().map(this::encrypted).toList());
        assertThat(awaitCase(script.caseId, c -> c.path("child").path("name").asText().equals(NAME))).isNotNull();
        assertThat(readDatabaseHolds(NAME)).as("the views hold the name before erasure").isTrue();

        keys.destroy(script.caseId); // what the command side does before it records the erasure
        sendAndAwait(List.of(script.next(new CaseErased(script.caseId, "Retention period ended"), ADMIN)));

        for (var value : List.of(NAME, ADDRESS, NICKNAME)) {
            assertThat(readDatabaseHolds(value)).as("'%s' anywhere in the read database", value).isFalse();
        }
        assertThat(get("/api/cases/" + script.caseId, "practitioner").getStatusCode().value()).isEqualTo(410);
        // Still counted: the case's level, area and status, the authorised assessment with its date and agency.
        assertThat(jdbc.sql("select risk_level || ' ' || area from case_summary where case_id = ?")
                .param(script.caseId).query(String.class).single()).isEqualTo("HIGH CITY");
        assertThat(jdbc.sql("select authorised_level || ' ' || assessment_date || ' ' || agency from trend_assessment "
                + "where case_id = ?").param(script.caseId).query(String.class).single())
                .isEqualTo("HIGH 2025-03-01 Police");
        // The history still says who did what and when, without what it said about people.
        var history = getJson("/api/cases/" + script.caseId + "/history", "auditor");
        assertThat(history).hasSize(7);
        assertThat(history.get(6).get("summary").asText()).startsWith("Erased the child's personal data");
    }

    @Test
    void the_retention_review_lists_exactly_the_cases_due_and_never_erases_them() {
        var today = LocalDate.of(2026, 12, 3);
        // due: 25th birthday yesterday; not due: 25th birthday tomorrow; looked after, 30: not due until 75
        var due = open(LocalDate.of(2001, 12, 2), null, false);
        var notYet = open(LocalDate.of(2001, 12, 4), null, false);
        var lookedAfter = open(LocalDate.of(1996, 1, 1), "Section 20", false);
        var lookedAfterDue = open(LocalDate.of(1951, 12, 3), null, true);
        var held = open(LocalDate.of(1990, 1, 1), null, false);
        sendAndAwait(List.of(held.next(new LegalHoldPlaced(held.caseId, "Proceedings"), ADMIN)));

        review.listDue(today);

        var listed = getJson("/api/retention/due", "admin");
        assertThat(listed.get("listedOn").asText()).isEqualTo("2026-12-03");
        var ids = new ArrayList<String>();
        listed.get("cases").forEach(c -> ids.add(c.get("caseId").asText()));
        assertThat(ids).contains(due.caseId, lookedAfterDue.caseId)
                .doesNotContain(notYet.caseId, lookedAfter.caseId, held.caseId);
        for (var c : listed.get("cases")) {
            if (c.get("caseId").asText().equals(lookedAfterDue.caseId)) {
                assertThat(c.get("lookedAfter").asBoolean()).isTrue();
                assertThat(c.get("retentionDate").asText()).isEqualTo("2026-12-03");
            }
        }
        assertThat(get("/api/cases/" + due.caseId, "practitioner").getStatusCode().value())
                .as("listed, not erased").isEqualTo(200);
        for (var user : List.of("practitioner", "manager", "board", "auditor")) {
            assertThat(get("/api/retention/due", user).getStatusCode().value()).as(user).isEqualTo(403);
        }
    }

    private static final Actor ADMIN = new Actor("admin", "ADMIN", "Records management");

    private CaseScript open(LocalDate dateOfBirth, String legalStatus, boolean placement) {
        var script = new CaseScript(Instant.parse("2025-01-01T09:00:00Z"));
        var opened = script.opened("COUNTY", child("Retention Testchild", dateOfBirth, legalStatus));
        var event = new org.cseriskrecord.events.CaseOpened(script.caseId, "COUNTY", opened.child(),
                opened.professionals(), placement ? new PlacementDetails("Residential", "Synthetic home") : null, null);
        sendAndAwait(List.of(encrypted(script.next(event, Actor.PRACTITIONER))));
        return script;
    }

    /** Whether any row of any table of the read database holds the value, as text or as hex. */
    private boolean readDatabaseHolds(String value) {
        var hex = HexFormat.of().formatHex(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public'").query(String.class).list();
        for (var table : tables) {
            long hits = jdbc.sql("select count(*) from " + table + " t where position(? in t::text) > 0 "
                            + "or position(? in lower(t::text)) > 0")
                    .params(value, hex).query(Long.class).single();
            if (hits > 0) {
                return true;
            }
        }
        return false;
    }
}
