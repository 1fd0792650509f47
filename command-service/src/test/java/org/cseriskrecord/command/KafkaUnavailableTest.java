package org.cseriskrecord.command;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.cseriskrecord.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event store is the outbox: with Kafka unreachable, commands still succeed and are stored, and the publisher's
 * token does not move past what Kafka has acknowledged. (That publishing resumes when Kafka returns is shown by the
 * local stack's test, which stops and restarts a real broker process.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.admin.fail-fast=false", "spring.kafka.admin.operation-timeout=2s",
                "spring.kafka.producer.properties.max.block.ms=1000"})
class KafkaUnavailableTest extends CommandServiceIntegrationTest {

    private static final String PUBLISHER = "kafka-publisher";

    @Autowired
    EventProcessingConfiguration processing;

    @DynamicPropertySource
    static void unreachableKafka(DynamicPropertyRegistry registry) throws Exception {
        TestInfrastructure.register(registry, "cse_command_kafka_down_test");
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var bootstrap = "127.0.0.1:" + closedPort;
        registry.add("spring.kafka.bootstrap-servers", () -> bootstrap);
    }

    @Test
    void commands_succeed_and_stay_unpublished_while_kafka_is_unreachable() {
        var caseId = openCase("practitioner");
        var assessmentId = startAssessment("practitioner", caseId, "2026-11-01");
        assertThat(assessmentId).isNotBlank();
        assertThat(storedEvents(caseId)).isEqualTo(2);
        long firstOfCase = jdbc.sql("select min(global_index) from domain_event_entry where aggregate_identifier = ?")
                .param(caseId).query(Long.class).single();

        // The publisher has its token row and has dealt with the case's events: failed to send them, or (wrongly)
        // moved past them...
        await("the publisher's token row").atMost(Duration.ofSeconds(20)).until(() -> tokenRow().isPresent());
        await("the publisher trying to send").atMost(Duration.ofSeconds(30))
                .until(() -> publisherFailed() || publisherPosition() >= firstOfCase);
        // ...and for as long as Kafka stays away its position never reaches the case's events.
        await("the publisher's position staying before the unpublished events")
                .during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(publisherPosition()).isLessThan(firstOfCase));
    }

    private boolean publisherFailed() {
        var publisher = processing.eventProcessor(PUBLISHER, TrackingEventProcessor.class)
                .orElseThrow(() -> new AssertionError("No " + PUBLISHER + " processor"));
        return publisher.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
    }

    /** The publisher's token row, if it has been created; its token is empty until something was published. */
    private Optional<Optional<String>> tokenRow() {
        return jdbc.sql("select convert_from(token, 'UTF8') from token_entry where processor_name = ?")
                .param(PUBLISHER)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .optional();
    }

    /**
     * The global index up to which the publisher has handed events to Kafka: the {@code index} of its gap-aware
     * tracking token, or -1 while it has published nothing.
     */
    private long publisherPosition() throws Exception {
        var token = tokenRow().orElseThrow(() -> new AssertionError("The publisher's token row is missing"));
        if (token.isEmpty()) {
            return -1;
        }
        var index = json.readTree(token.get()).get("index");
        assertThat(index).as("index of the stored token %s", token.get()).isNotNull();
        return index.asLong();
    }
}
