package org.cseriskrecord.command;

import org.cseriskrecord.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two command-service instances on one event store: when both change the same case at the same moment, one wins and
 * the other is told so (409), with nothing of its change stored and the case's history still gap-free. (Within one
 * instance Axon serialises commands per case, so the conflict only shows across instances.)
 */
class ConcurrentModificationTest extends SharedInfrastructureTest {

    private static ConfigurableApplicationContext second;
    private static String secondUrl;

    @BeforeAll
    static void startASecondInstance() {
        var db = TestInfrastructure.freshDatabase("cse_command_test");
        // Command-line arguments, so they override application.yml (builder properties would only be defaults).
        var arguments = new java.util.ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
                "--cse.kafka.publishing=false"));
        // The same key store as the first instance: both read and write the same cases.
        TestInfrastructure.keyStoreProperties("cse_command_test").forEach((k, v) -> arguments.add("--" + k + "=" + v));
        second = new SpringApplicationBuilder(CommandServiceApplication.class)
                .profiles("local", "test")
                .run(arguments.toArray(String[]::new));
        secondUrl = "http://localhost:" + ((WebServerApplicationContext) second).getWebServer().getPort();
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void simultaneous_changes_to_one_case_from_two_instances_are_stored_or_refused_with_409_never_both()
            throws Exception {
        var codes = List.of("LOW_EARLY_DRUGS_OR_ALCOHOL", "LOW_ABSENT_FROM_SCHOOL", "LOW_LACK_OF_INTEREST_IN_EDUCATION",
                "LOW_PROBLEMATIC_BEHAVIOUR", "LOW_RETURNING_HOME_LATE", "LOW_ESTRANGED_FROM_FAMILY",
                "LOW_HOSTILITY_TO_FAMILY_OR_FRIENDS", "LOW_PHYSICALLY_AGGRESSIVE", "LOW_MOOD_SWINGS",
                "LOW_DETACHED_FROM_AGE_RELATED_ACTIVITIES", "LOW_SECRETIVE_BEHAVIOUR", "LOW_CHANGES_IN_APPEARANCE");
        var otherInstance = new TestRestTemplate().withBasicAuth("practitioner", "practitioner");
        int conflicts = 0;
        var pool = Executors.newFixedThreadPool(codes.size());
        try {
            for (int round = 0; round < 10 && conflicts == 0; round++) {
                var caseId = openCase("practitioner");
                var assessmentId = startAssessment("practitioner", caseId, "2026-11-01");
                var path = "/api/assessments/" + assessmentId + "/indicators";
                List<Callable<Integer>> calls = new ArrayList<>();
                for (int i = 0; i < codes.size(); i++) {
                    var body = Map.of("code", codes.get(i), "evidence", "Seen by school");
                    boolean here = i % 2 == 0;
                    calls.add(() -> here
                            ? post("practitioner", path, body).getStatusCode().value()
                            : otherInstance.exchange(secondUrl + path, HttpMethod.POST, json(body), String.class)
                            .getStatusCode().value());
                }
                List<Integer> statuses = new ArrayList<>();
                for (var future : pool.invokeAll(calls)) {
                    statuses.add(future.get());
                }
                assertThat(statuses).as("every answer is stored (204) or refused as concurrent (409)")
                        .allMatch(s -> s == 204 || s == 409);
                long stored = statuses.stream().filter(s -> s == 204).count();
                conflicts += (int) statuses.stream().filter(s -> s == 409).count();

                var sequences = jdbc.sql("select sequence_number from domain_event_entry where aggregate_identifier = ?"
                        + " order by sequence_number").param(caseId).query(Long.class).list();
                assertThat(sequences).as("a gap-free history").containsExactlyElementsOf(
                        java.util.stream.LongStream.range(0, sequences.size()).boxed().toList());
                assertThat(sequences).as("opened + started + one event per stored change").hasSize(2 + (int) stored);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(conflicts).as("simultaneous writers on two instances met at least once in ten rounds").isPositive();
    }

    private static HttpEntity<Object> json(Object body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
