package org.cseriskrecord.command;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With Kafka away the service still takes commands, so readiness stays HTTP 200, but it says DEGRADED and which part
 * is away: Kafka, and the publisher in error with the events it has still to publish.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.admin.fail-fast=false", "spring.kafka.admin.operation-timeout=2s",
                "spring.kafka.producer.properties.max.block.ms=1000"})
class HealthWithoutKafkaTest extends CommandServiceIntegrationTest {

    @DynamicPropertySource
    static void unreachableKafka(DynamicPropertyRegistry registry) throws Exception {
        TestInfrastructure.register(registry, "cse_command_health_test");
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + closedPort);
    }

    @Test
    void readiness_is_degraded_naming_kafka_and_the_publisher_while_commands_still_succeed() {
        var caseId = openCase("practitioner");
        assertThat(storedEvents(caseId)).isEqualTo(1);

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            var response = http.withBasicAuth("admin", "admin")
                    .getForEntity("/actuator/health/readiness", JsonNode.class);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            var readiness = response.getBody();
            assertThat(readiness.get("status").asText()).isEqualTo("DEGRADED");
            var components = readiness.get("components");
            assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
            assertThat(components.get("kafka").get("status").asText()).isEqualTo("DEGRADED");
            assertThat(components.get("kafka").get("details").get("reason").asText()).contains("No Kafka broker");
            var processors = components.get("eventProcessors");
            assertThat(processors.get("status").asText()).isEqualTo("DEGRADED");
            assertThat(processors.get("details").get("kafka-publisher").get("error").asBoolean()).isTrue();
        });
        assertThat(http.getForEntity("/actuator/health/liveness", JsonNode.class).getBody().get("status").asText())
                .isEqualTo("UP");
    }
}
