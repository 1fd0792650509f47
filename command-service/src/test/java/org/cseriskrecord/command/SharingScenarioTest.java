package org.cseriskrecord.command;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cseriskrecord.support.access.AccessLogEntry;
import org.cseriskrecord.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Need-to-know on the command side, over real PostgreSQL and Kafka: Health cannot change a Police case until it is
 * shared, can after, cannot after the Police manager revokes the share; a manager of another agency never
 * authorises; refusals reach the access-log topic with the right user and agency.
 */
class SharingScenarioTest extends SharedInfrastructureTest {

    private static final Map<String, String> NURSE = Map.of("agency", "Health",
            "reason", "The school nurse is working with the child (synthetic)");

    @Test
    void health_changes_a_police_case_only_while_it_is_shared_and_never_authorises_police_work() throws Exception {
        var caseId = openCase("practitioner");
        var first = startAssessment("practitioner", caseId, "2026-11-01");
        var mark = Map.of("code", "LOW_MOOD_SWINGS", "evidence", "Noted by the school nurse");

        assertThat(status(post("practitioner2", "/api/assessments/" + first + "/indicators", mark))).isEqualTo(404);
        assertThat(status(post("practitioner2", "/api/cases/" + caseId + "/shares", NURSE))).isEqualTo(404);
        assertThat(status(post("board", "/api/cases/" + caseId + "/shares", NURSE))).isEqualTo(403);
        assertThat(status(post("practitioner", "/api/cases/" + caseId + "/shares",
                Map.of("agency", "Atlantis Council", "reason", "x")))).isEqualTo(400);
        assertThat(status(post("practitioner", "/api/cases/" + caseId + "/shares", Map.of("agency", "Health"))))
                .isEqualTo(400);

        assertThat(status(post("practitioner", "/api/cases/" + caseId + "/shares", NURSE))).isEqualTo(204);
        assertThat(status(post("manager", "/api/cases/" + caseId + "/shares", NURSE))).isEqualTo(409);
        assertThat(status(post("practitioner2", "/api/assessments/" + first + "/indicators", mark))).isEqualTo(204);
        assertThat(status(put("practitioner", "/api/assessments/" + first + "/analysis",
                Map.of("analysis", "Mood swings only", "assessedLevel", "LOW")))).isEqualTo(204);
        assertThat(status(post("practitioner", "/api/assessments/" + first + "/submission", null))).isEqualTo(204);

        var otherAgency = post("manager2", "/api/assessments/" + first + "/authorisation", Map.of());
        assertThat(status(otherAgency)).as("Health's manager, though involved, does not oversee Police work")
                .isEqualTo(403);
        assertThat(otherAgency.getBody().get("detail").asText()).contains("(Police)");
        assertThat(status(post("manager", "/api/assessments/" + first + "/authorisation", Map.of()))).isEqualTo(204);

        var revocation = "/api/cases/" + caseId + "/shares/Health/revocation";
        var why = Map.of("reason", "The nurse's work with the child has ended (synthetic)");
        assertThat(status(post("practitioner", revocation, why))).as("a practitioner may not revoke").isEqualTo(403);
        assertThat(status(post("manager2", revocation, why))).as("only the opening agency revokes").isEqualTo(403);
        assertThat(status(post("manager", revocation, why))).isEqualTo(204);
        assertThat(status(post("manager", revocation, why))).as("no longer shared").isEqualTo(409);

        assertThat(status(post("practitioner2", "/api/cases/" + caseId + "/assessments",
                Map.of("assessmentDate", "2026-11-02")))).isEqualTo(404);
        assertThat(jdbc.sql("select agency from case_involvement where case_id = ?").param(caseId)
                .query(String.class).list()).containsExactly("Police");

        var refusals = accessLogOf(caseId, 5);
        assertThat(refusals).as(refusals.toString()).extracting(e -> e.path("user").asText() + " "
                        + e.path("agency").asText() + " " + e.path("action").asText() + " " + e.path("outcome").asText())
                .contains("practitioner2 Health MARK_INDICATOR DENIED", "practitioner2 Health SHARE_CASE DENIED",
                        "practitioner2 Health START_ASSESSMENT DENIED", "manager2 Health AUTHORISE_ASSESSMENT DENIED",
                        "manager2 Health REVOKE_SHARE DENIED");
        assertThat(refusals).allSatisfy(e -> assertThat(e.path("service").asText()).isEqualTo("command-service"));
    }

    private static int status(org.springframework.http.ResponseEntity<JsonNode> response) {
        return response.getStatusCode().value();
    }

    /** The access-log entries command-service sent for this case, once at least {@code expected} are there. */
    private List<JsonNode> accessLogOf(String caseId, int expected) throws Exception {
        var props = Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<String, byte[]>(props)) {
            var partitions = consumer.partitionsFor(AccessLogEntry.TOPIC, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<JsonNode> found = new ArrayList<>();
            var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (caseId.equals(record.key())) {
                        found.add(json.readTree(record.value()));
                    }
                }
            }
            return found;
        }
    }
}
