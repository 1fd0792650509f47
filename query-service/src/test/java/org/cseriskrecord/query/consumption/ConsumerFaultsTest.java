package org.cseriskrecord.query.consumption;

import org.cseriskrecord.events.CaseEventEnvelope;
import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cseriskrecord.query.support.Actor.PRACTITIONER;
import static org.cseriskrecord.query.support.CaseScript.evidence;

/**
 * The read side under faults, over real Kafka and PostgreSQL, each bounded in time: the consumer stopped in the middle
 * of a stream and started again, and its database connections killed while it applies events. Either way every
 * event is applied exactly once, in order: no gap, no duplicate.
 */
class ConsumerFaultsTest extends QueryServiceIntegrationTest {

    private static final int CASES = 6;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    /** Three events per case: opened, assessment started, an indicator marked. */
    private static List<List<CaseEventEnvelope>> histories(String day) {
        var histories = new ArrayList<List<CaseEventEnvelope>>();
        for (int i = 0; i < CASES; i++) {
            var script = new CaseScript(Instant.parse(day + "T09:00:00Z").plusSeconds(i));
            var assessment = "asm-" + script.caseId;
            histories.add(List.of(
                    script.next(script.opened(i % 2 == 0 ? "CITY" : "COUNTY",
                            CaseScript.child("Child " + i + " Example", LocalDate.of(2011, 1, 1 + i), false)),
                            PRACTITIONER),
                    script.next(script.started(assessment, LocalDate.parse(day)), PRACTITIONER),
                    script.next(script.marked(assessment, "Returning home late", evidence("Late home " + i)),
                            PRACTITIONER)));
        }
        return histories;
    }

    /** Every case's history has exactly its events, once each, sequences 0, 1, 2 in order. */
    private void assertEachEventAppliedOnce(List<List<CaseEventEnvelope>> histories) {
        for (var history : histories) {
            String caseId = history.get(0).caseId();
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(jdbc.sql(
                            "select last_sequence from case_progress where case_id = ?").param(caseId)
                    .query(Long.class).optional()).contains(2L));
            assertThat(jdbc.sql("select sequence from case_history where case_id = ? order by sequence")
                    .param(caseId).query(Long.class).list()).as(caseId).containsExactly(0L, 1L, 2L);
            var status = getJson("/api/cases/" + caseId, "practitioner");
            assertThat(status.at("/currentAssessment/indicators")).hasSize(1);
        }
    }

    @Test
    void a_consumer_stopped_mid_stream_and_started_again_applies_every_event_once_with_no_gap() {
        var histories = histories("2025-08-01");
        var container = listeners.getListenerContainer("case-event-projections");
        for (var history : histories) {
            send(history.get(0));
        }
        container.stop(); // in the middle: some of the first events may be applied, none of the later ones can be
        try {
            for (var history : histories) {
                send(history.get(1));
                send(history.get(2));
            }
            // Nothing moves while it is stopped.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> jdbc.sql(
                            "select count(*) from case_progress where case_id in (:ids) and last_sequence > 0")
                    .param("ids", histories.stream().map(h -> h.get(0).caseId()).toList())
                    .query(Long.class).single() == 0);
            // And one event is delivered twice, as Kafka may after a restart.
            send(histories.get(0).get(1));
        } finally {
            container.start();
        }
        assertEachEventAppliedOnce(histories);
    }

    @Test
    void killing_the_database_connections_while_events_are_applied_loses_and_duplicates_nothing() throws Exception {
        var histories = histories("2025-08-02");
        var database = jdbc.sql("select current_database()").query(String.class).single();
        var url = jdbc.sql("select 'jdbc:postgresql://' || coalesce(host(inet_server_addr()), 'localhost') || ':' "
                + "|| current_setting('port') || '/postgres'").query(String.class).single();
        var killed = new AtomicInteger();
        var killer = Executors.newSingleThreadScheduledExecutor();
        // Every 300 ms for 6 s: terminate every connection of this service's database (only this test's database;
        // the shared PostgreSQL server keeps running for everyone else).
        killer.scheduleAtFixedRate(() -> {
            try (var connection = DriverManager.getConnection(url, "postgres", "");
                 var statement = connection.prepareStatement("""
                         select count(pg_terminate_backend(pid)) from pg_stat_activity
                         where datname = ? and pid <> pg_backend_pid()""")) {
                statement.setString(1, database);
                try (var result = statement.executeQuery()) {
                    result.next();
                    killed.addAndGet(result.getInt(1));
                }
            } catch (Exception e) {
                // the next round tries again
            }
        }, 0, 300, TimeUnit.MILLISECONDS);
        try {
            for (int i = 0; i < 3; i++) {
                for (var history : histories) {
                    send(history.get(i));
                }
                Thread.sleep(1000);
            }
            Thread.sleep(3000);
        } finally {
            killer.shutdownNow();
            killer.awaitTermination(5, TimeUnit.SECONDS);
        }
        assertThat(killed.get()).as("connections terminated").isPositive();
        assertEachEventAppliedOnce(histories);
        assertThat(jdbc.sql("select count(*) from dead_letter where case_id in (:ids)")
                .param("ids", histories.stream().map(h -> h.get(0).caseId()).toList())
                .query(Long.class).single()).as("a lost connection is not a dead letter").isZero();
    }
}
