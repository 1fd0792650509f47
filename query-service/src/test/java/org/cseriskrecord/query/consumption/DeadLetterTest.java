package org.cseriskrecord.query.consumption;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cseriskrecord.query.support.Actor.PRACTITIONER;
import static org.cseriskrecord.query.support.CaseScript.evidence;

/**
 * A poison event (readable, but no projection can apply it) over real Kafka and PostgreSQL: it becomes a dead letter
 * with the reason, the case's later events wait behind it in order, other cases carry on, health and metrics show
 * it, and once the cause is fixed an administrator re-drives it and the held events follow.
 */
class DeadLetterTest extends QueryServiceIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void a_poison_event_is_dead_lettered_holding_its_case_in_order_until_it_is_re_driven() {
        var poisoned = new CaseScript(Instant.parse("2025-06-01T09:00:00Z"));
        var assessment = "asm-" + poisoned.caseId;
        // The case status cannot hold this case: a constraint refuses its row (as a value a view cannot hold, or a
        // defect, would), however often the event is retried.
        var constraint = "dead_letter_test_" + Long.toHexString(System.nanoTime());
        jdbc.sql("alter table case_status add constraint " + constraint + " check (case_id <> '" + poisoned.caseId
                + "') not valid").update();
        var opened = poisoned.next(poisoned.opened("COUNTY",
                CaseScript.child("Kit Example", LocalDate.of(2011, 6, 1), false)), PRACTITIONER);
        var started = poisoned.next(poisoned.started(assessment, LocalDate.of(2025, 6, 1)), PRACTITIONER);
        var marked = poisoned.next(poisoned.marked(assessment, "Returning home late", evidence("Late home")),
                PRACTITIONER);
        var other = new CaseScript(Instant.parse("2025-06-01T10:00:00Z"));
        var otherOpened = other.next(other.opened("CITY", CaseScript.child("Jo Example", LocalDate.of(2012, 1, 1),
                false)), PRACTITIONER);

        sendAll(opened, started, marked, otherOpened);

        // The poison event becomes a dead letter with the reason; its case's later events are held, in order.
        var letter = await().atMost(PATIENCE).until(() -> deadLetterOf(poisoned.caseId), l -> l != null);
        assertThat(letter.get("sequence").asLong()).isZero();
        assertThat(letter.get("type").asText()).isEqualTo("CaseOpened");
        assertThat(letter.get("reason").asText()).contains("violates check constraint");
        assertThat(letter.get("resolvedAt").isNull()).isTrue();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(heldSequences(poisoned.caseId))
                .containsExactly(1L, 2L));
        // Other cases keep flowing.
        awaitCase(other.caseId, c -> c.has("caseId"));
        assertThat(get("/api/cases/" + poisoned.caseId, "practitioner").getStatusCode().value()).isNotEqualTo(200);

        // Health and metrics show it.
        var processors = readiness().get("components").get("eventProcessors");
        assertThat(processors.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(processors.get("details").get("deadLetters").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(meters.get(ConsumptionMetrics.DEAD_LETTERS).gauge().value()).isGreaterThanOrEqualTo(1);

        // Re-driving before the cause is fixed changes nothing: the case stays held, with the reason.
        long id = letter.get("deadLetterId").asLong();
        var stillFailing = redrive(id);
        assertThat(stillFailing.getStatusCode().value()).isEqualTo(409);
        assertThat(stillFailing.getBody()).contains("could still not be applied", "violates check constraint");
        assertThat(heldSequences(poisoned.caseId)).containsExactly(1L, 2L);

        // The cause is fixed, then the administrator re-drives it.
        jdbc.sql("alter table case_status drop constraint " + constraint).update();
        var redriven = redrive(id);
        assertThat(redriven.getStatusCode().value()).as(redriven.getBody()).isEqualTo(200);
        assertThat(read(redriven.getBody()).get("heldEventsApplied").asInt()).isEqualTo(2);

        var status = awaitCase(poisoned.caseId, c -> c.at("/currentAssessment/indicators").size() == 1);
        assertThat(status.get("area").asText()).isEqualTo("COUNTY");
        assertThat(heldSequences(poisoned.caseId)).isEmpty();
        assertThat(deadLetterOf(poisoned.caseId).get("resolvedAt").isNull()).isFalse();
        assertThat(redrive(id).getStatusCode().value()).as("a second re-drive").isEqualTo(409);
        assertThat(jdbc.sql("select last_sequence from case_progress where case_id = ?").param(poisoned.caseId)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void only_an_administrator_lists_dead_letters_and_an_unknown_one_is_a_problem() {
        assertThat(get("/api/admin/dead-letters", "practitioner").getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/admin/dead-letters", "admin").getStatusCode().value()).isEqualTo(200);
        var unknown = redrive(Long.MAX_VALUE);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody()).contains("There is no dead letter");
    }

    private JsonNode deadLetterOf(String caseId) {
        var all = getJson("/api/admin/dead-letters", "admin");
        return StreamSupport.stream(all.spliterator(), false)
                .filter(l -> caseId.equals(l.get("caseId").asText())).findFirst().orElse(null);
    }

    private java.util.List<Long> heldSequences(String caseId) {
        return jdbc.sql("select sequence from parked_event where case_id = ? order by sequence").param(caseId)
                .query(Long.class).list();
    }

    private org.springframework.http.ResponseEntity<String> redrive(long id) {
        return rest.withBasicAuth("admin", "admin")
                .postForEntity("/api/admin/dead-letters/" + id + "/redrive", null, String.class);
    }

    private JsonNode readiness() {
        return read(rest.withBasicAuth("admin", "admin").getForEntity("/actuator/health/readiness", String.class)
                .getBody());
    }
}
