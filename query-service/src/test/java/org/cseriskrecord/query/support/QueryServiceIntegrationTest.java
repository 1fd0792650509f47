package org.cseriskrecord.query.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.cseriskrecord.events.EventJson;
import org.cseriskrecord.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query service against a real PostgreSQL database and a real Kafka broker, with the local profile's demo users.
 * Every test class extends this one unchanged, so they share one Spring context (and one consumer).
 * Events go onto the topic exactly as the command side writes them: key = case id, value = the envelope's JSON,
 * the envelope's ids as headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Metrics are exported as in production (Boot switches exporters off in tests by default): /actuator/prometheus.
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("local")
public abstract class QueryServiceIntegrationTest {

    protected static final String TOPIC = CaseEventEnvelope.TOPIC;
    protected static final String GROUP = "cse-query-projections";
    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "cse_query_test");
        createTopic(TestInfrastructure.kafkaBootstrapServers());
    }

    /** The topic as the local stack has it (several partitions), before the consumer subscribes. */
    private static synchronized void createTopic(String bootstrap) {
        try (var admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create the topic", e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the topic", e);
        }
    }

    protected final ObjectMapper json = EventJson.newMapper();

    @Autowired
    protected TestRestTemplate rest;
    @Autowired
    protected KafkaTemplate<String, String> kafka;
    @Autowired
    protected JdbcClient jdbc;

    // ---- the topic ----

    protected RecordMetadata send(CaseEventEnvelope envelope) {
        try {
            return sendRaw(envelope.caseId(), json.writeValueAsString(envelope), envelope.eventId(), envelope.type(),
                    Integer.toString(envelope.revision()), envelope.caseId(), Long.toString(envelope.sequence()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected void sendAll(CaseEventEnvelope... envelopes) {
        for (var envelope : envelopes) {
            send(envelope);
        }
    }

    /** A record with any value and the given headers (null: header left out). */
    protected RecordMetadata sendRaw(String key, String value, String eventId, String type, String revision,
                                     String aggregateId, String sequence) {
        var record = new ProducerRecord<String, String>(TOPIC, key, value);
        header(record, CaseEventEnvelope.Headers.EVENT_ID, eventId);
        header(record, CaseEventEnvelope.Headers.TYPE, type);
        header(record, CaseEventEnvelope.Headers.REVISION, revision);
        header(record, CaseEventEnvelope.Headers.AGGREGATE_ID, aggregateId);
        header(record, CaseEventEnvelope.Headers.SEQUENCE, sequence);
        try {
            return kafka.send(record).get(30, TimeUnit.SECONDS).getRecordMetadata();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not take the record", e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Sends the events in order and waits until the consumer has handled every one of them. */
    protected void sendAndAwait(List<CaseEventEnvelope> envelopes) {
        Map<Integer, RecordMetadata> lastByPartition = new java.util.HashMap<>();
        for (var envelope : envelopes) {
            var sent = send(envelope);
            lastByPartition.put(sent.partition(), sent);
        }
        // The consumer applies a few dozen events a second on a busy 2-core machine: allow for long histories.
        var patience = PATIENCE.plus(Duration.ofMillis(100L * envelopes.size()));
        lastByPartition.values().forEach(sent -> awaitConsumed(sent, patience));
    }

    /** Waits until the consumer group has committed past this record: it has been handled, whatever became of it. */
    protected void awaitConsumed(RecordMetadata sent) {
        awaitConsumed(sent, PATIENCE);
    }

    private void awaitConsumed(RecordMetadata sent, Duration patience) {
        var partition = new TopicPartition(sent.topic(), sent.partition());
        try (var admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            await().atMost(patience).pollInterval(Duration.ofMillis(100)).until(() -> {
                var offsets = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata()
                        .get(10, TimeUnit.SECONDS);
                var committed = offsets.get(partition);
                return committed != null && committed.offset() > sent.offset();
            });
        }
    }

    // ---- the API ----

    protected ResponseEntity<String> get(String path, String user) {
        var client = user == null ? rest : rest.withBasicAuth(user, user);
        return client.getForEntity(path, String.class);
    }

    protected JsonNode getJson(String path, String user) {
        var response = get(path, user);
        assertThat(response.getStatusCode()).as("GET %s as %s: %s", path, user, response.getBody())
                .isEqualTo(HttpStatus.OK);
        return read(response.getBody());
    }

    protected JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }

    /** The case status once it satisfies the condition. */
    protected JsonNode awaitCase(String caseId, Predicate<JsonNode> condition) {
        return awaitJson("/api/cases/" + caseId, condition);
    }

    protected JsonNode awaitHistory(String caseId, int entries) {
        return awaitJson("/api/cases/" + caseId + "/history", h -> h.size() == entries);
    }

    protected JsonNode awaitJson(String path, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).ignoreExceptions().until(() -> {
            var response = get(path, "practitioner");
            if (response.getStatusCode() != HttpStatus.OK) {
                return false;
            }
            last[0] = read(response.getBody());
            return condition.test(last[0]);
        });
        return last[0];
    }
}
