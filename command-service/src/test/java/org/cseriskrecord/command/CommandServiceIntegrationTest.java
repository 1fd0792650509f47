package org.cseriskrecord.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cseriskrecord.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Shared set-up of the command-service integration tests: the whole service against a real PostgreSQL and a real
 * Kafka broker, called over HTTP as the demo users. Subclasses say which infrastructure (see
 * {@link SharedInfrastructureTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Metrics are exported as in production (Boot switches exporters off in tests by default): /actuator/prometheus.
@AutoConfigureObservability(tracing = false)
@ActiveProfiles({"local", "test"})
public abstract class CommandServiceIntegrationTest {

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected ObjectMapper json;

    protected ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Correlation-Id", "test-" + UUID.randomUUID());
        var client = user == null ? http : http.withBasicAuth(user, user);
        return client.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    protected ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return call(user, HttpMethod.POST, path, body);
    }

    protected ResponseEntity<JsonNode> put(String user, String path, Object body) {
        return call(user, HttpMethod.PUT, path, body);
    }

    protected static Map<String, Object> child(String dateOfBirth, boolean learningDifficulty) {
        var child = new java.util.LinkedHashMap<String, Object>();
        child.put("name", "Sam Testchild");
        child.put("alsoKnownAs", "Sammy");
        child.put("dateOfBirth", dateOfBirth);
        child.put("gender", "Male");
        child.put("postcode", "ZZ1 1ZZ");
        child.put("learningDifficulty", learningDifficulty);
        child.put("missing", "REGULARLY_GOES_MISSING");
        child.put("participation", List.of("CHILD", "CARER"));
        return child;
    }

    protected String openCase(String user) {
        var response = post(user, "/api/cases", Map.of("area", "COUNTY", "child", child("2011-04-02", false),
                "professionals", List.of(Map.of("name", "Officer Example", "jobTitle", "PC", "email",
                        "officer@example.org"))));
        if (response.getStatusCode().value() != 201) {
            throw new AssertionError("Opening a case failed: " + response);
        }
        return response.getBody().get("caseId").asText();
    }

    protected String startAssessment(String user, String caseId, String date) {
        var response = post(user, "/api/cases/" + caseId + "/assessments", Map.of("assessmentDate", date));
        if (response.getStatusCode().value() != 201) {
            throw new AssertionError("Starting an assessment failed: " + response);
        }
        return response.getBody().get("assessmentId").asText();
    }

    protected long storedEvents(String caseId) {
        return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(caseId).query(Long.class).single();
    }

    protected long allStoredEvents() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    /** Every record of the topic for this case, read from the beginning until {@code expected} are there. */
    protected List<ConsumerRecord<String, byte[]>> topicRecordsOf(String caseId, int expected) {
        var props = Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<String, byte[]>(props)) {
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                partitions = consumer.partitionsFor("cse.case-events", Duration.ofSeconds(5)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (found.size() < expected && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (caseId.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
            return found;
        }
    }

    protected static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
