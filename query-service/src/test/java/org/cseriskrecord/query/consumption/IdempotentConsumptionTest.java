package org.cseriskrecord.query.consumption;

import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cseriskrecord.query.support.Actor.PRACTITIONER;
import static org.cseriskrecord.query.support.CaseScript.code;
import static org.cseriskrecord.query.support.CaseScript.evidence;

class IdempotentConsumptionTest extends QueryServiceIntegrationTest {

    @Test
    void a_duplicate_delivery_and_a_replayed_older_sequence_change_nothing() {
        var script = new CaseScript(Instant.parse("2025-03-02T09:00:00Z"));
        var a = "asm-" + script.caseId;
        var opened = script.next(script.opened("CITY", CaseScript.child("Lee Example", LocalDate.of(2011, 2, 2), false)),
                PRACTITIONER);
        var started = script.next(script.started(a, LocalDate.of(2025, 3, 2)), PRACTITIONER);
        var marked = script.next(script.marked(a, "Returning home late", evidence("Late home")), PRACTITIONER);
        sendAll(opened, started, marked);
        awaitCase(script.caseId, c -> c.at("/currentAssessment/indicators").size() == 1);
        var statusBefore = get("/api/cases/" + script.caseId, "practitioner").getBody();
        var historyBefore = awaitHistory(script.caseId, 3);
        var listBefore = getJson("/api/cases?area=CITY&limit=500", "practitioner");

        // The same envelope again, and an older sequence replayed with different content.
        send(marked);
        send(opened);
        var replay = script.at(2, script.marked(a, "Mood swings", evidence("Something else")), PRACTITIONER);
        awaitConsumed(send(replay));

        assertThat(read(get("/api/cases/" + script.caseId, "practitioner").getBody()))
                .isEqualTo(read(statusBefore));
        assertThat(getJson("/api/cases/" + script.caseId + "/history", "practitioner")).isEqualTo(historyBefore);
        assertThat(getJson("/api/cases?area=CITY&limit=500", "practitioner").toString())
                .contains(script.caseId)
                .isEqualTo(listBefore.toString());
    }

    @Test
    void an_event_after_a_gap_waits_until_the_missing_event_arrives_then_all_apply_in_order() {
        var script = new CaseScript(Instant.parse("2025-03-03T09:00:00Z"));
        var a = "asm-" + script.caseId;
        var opened = script.next(script.opened("COUNTY", CaseScript.child("Ash Example", LocalDate.of(2011, 3, 3), false)),
                PRACTITIONER);
        var started = script.next(script.started(a, LocalDate.of(2025, 3, 3)), PRACTITIONER);
        var marked = script.next(script.marked(a, "Returning home late", evidence("Late home")), PRACTITIONER);

        send(opened);
        send(marked);
        // Sequence 2 is retried, then parked; it is not applied without sequence 1.
        await().atMost(PATIENCE).until(() -> jdbc.sql(
                        "select count(*) from parked_event where case_id = :caseId and sequence = 2")
                .param("caseId", script.caseId).query(Integer.class).single() == 1);
        assertThat(getJson("/api/cases/" + script.caseId + "/history", "practitioner")).hasSize(1);
        assertThat(getJson("/api/cases/" + script.caseId, "practitioner").get("currentAssessment").isNull()).isTrue();

        send(started);

        var history = awaitHistory(script.caseId, 3);
        assertThat(history.at("/0/type").asText()).isEqualTo("CaseOpened");
        assertThat(history.at("/1/type").asText()).isEqualTo("AssessmentStarted");
        assertThat(history.at("/2/type").asText()).isEqualTo("IndicatorMarked");
        var status = getJson("/api/cases/" + script.caseId, "practitioner");
        assertThat(status.at("/currentAssessment/indicators/0/code").asText()).isEqualTo(code("Returning home late"));
        assertThat(jdbc.sql("select count(*) from parked_event where case_id = :caseId")
                .param("caseId", script.caseId).query(Integer.class).single()).isZero();
    }

    @Test
    void an_undecodable_record_is_set_aside_without_its_payload_and_the_consumer_carries_on() {
        var script = new CaseScript(Instant.parse("2025-03-04T09:00:00Z"));
        var a = "asm-" + script.caseId;
        send(script.next(script.opened("CITY", CaseScript.child("Max Example", LocalDate.of(2011, 4, 4), false)),
                PRACTITIONER));
        // Sequence 1: a payload that does not match the contract (a date that is a name), carrying a secret.
        var bad = script.next(script.started(a, LocalDate.of(2025, 3, 4)), PRACTITIONER);
        ((com.fasterxml.jackson.databind.node.ObjectNode) bad.payload()).put("assessmentDate", "SECRET-Jordan-Smith");
        send(bad);
        // Sequence 2: an event type this service does not know.
        var unknownType = script.next(script.started(a, LocalDate.of(2025, 3, 4)), PRACTITIONER);
        var envelope = new org.cseriskrecord.events.CaseEventEnvelope(unknownType.eventId(), "CaseTeleported", 1,
                unknownType.caseId(), unknownType.sequence(), 0, unknownType.occurredAt(), unknownType.metadata(),
                unknownType.payload());
        send(envelope);
        // A value that is not JSON at all, for another case, located only by its headers.
        var otherCase = "case-broken-" + script.caseId;
        sendRaw(otherCase, "{not json SECRET-Jordan-Smith", "evt-broken-" + script.caseId, "CaseOpened", "1",
                otherCase, "0");
        // The consumer carries on: the case's next event and a new case are applied.
        send(script.next(script.started(a, LocalDate.of(2025, 3, 4)), PRACTITIONER));
        var next = new CaseScript(Instant.parse("2025-03-04T10:00:00Z"));
        send(next.next(next.opened("COUNTY", CaseScript.child("Nat Example", LocalDate.of(2012, 5, 5), false)),
                PRACTITIONER));

        awaitCase(next.caseId, c -> true);
        var status = awaitCase(script.caseId, c -> c.get("currentAssessment").isObject());
        assertThat(status.get("unprocessedEvents")).hasSize(2);
        assertThat(status.at("/unprocessedEvents/0/sequence").asLong()).isEqualTo(1);
        assertThat(status.at("/unprocessedEvents/1/type").asText()).isEqualTo("CaseTeleported");
        var history = awaitHistory(script.caseId, 2);
        assertThat(history.at("/1/sequence").asLong()).isEqualTo(3);

        // The broken record of the other case is set aside after its own retries, on its own partition: wait for it.
        java.util.function.Supplier<java.util.List<Map<String, Object>>> setAsideRows = () -> jdbc.sql("""
                        select event_id, case_id, sequence, type, reason from unprocessable_event
                        where case_id in (:caseId, :other) order by case_id = :caseId, sequence""")
                .param("caseId", script.caseId)
                .param("other", otherCase)
                .query((rs, n) -> Map.<String, Object>of("eventId", rs.getString("event_id"), "caseId",
                        rs.getString("case_id"), "sequence", rs.getLong("sequence"), "type", rs.getString("type"),
                        "reason", rs.getString("reason")))
                .list();
        await().atMost(PATIENCE).until(() -> setAsideRows.get().size() >= 3);
        var setAside = setAsideRows.get();
        assertThat(setAside).hasSize(3);
        assertThat(setAside).extracting(r -> r.get("caseId")).containsExactly(otherCase, script.caseId, script.caseId);
        assertThat(setAside.get(0).get("reason").toString()).contains("not JSON");
        assertThat(setAside.get(1).get("eventId")).isEqualTo(bad.eventId());
        assertThat(setAside.get(1).get("reason").toString()).contains("does not match the contract at assessmentDate");
        assertThat(setAside.get(2).get("reason").toString()).contains("Unknown event type 'CaseTeleported'");
        assertThat(setAside).allSatisfy(r -> assertThat(r.get("reason").toString()).doesNotContain("SECRET"));
        assertThat(jdbc.sql("select count(*) from unprocessable_event where reason like '%SECRET%'")
                .query(Integer.class).single()).isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> get("/api/cases/" + otherCase, "practitioner")
                .getStatusCode().value() == 404);
    }
}
