package org.cseriskrecord.command;

import org.cseriskrecord.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store is the outbox: with Kafka unreachable, commands still succeed and are stored, and the publisher's
 * token does not move past what Kafka has acknowledged. (That publishing resumes when Kafka returns is shown by the
 * local stack's test, which stops and restarts a real broker process.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.admin.fail-fast=false", "spring.kafka.admin.operation-timeout=2s",
                "spring.kafka.producer.properties.max.block.ms=1000"})
class KafkaUnavailableTest extends CommandServiceIntegrationTest {

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
    void commands_succeed_and_stay_unpublished_while_kafka_is_unreachable() throws Exception {
        var caseId = openCase("practitioner");
        var assessmentId = startAssessment("practitioner", caseId, "2026-11-01");
        assertThat(storedEvents(caseId)).isEqualTo(2);

        Thread.sleep(3000); // give the publisher time to try, and fail
        var tokens = jdbc.sql("select convert_from(token, 'UTF8') from token_entry where processor_name = ?")
                .param("kafka-publisher").query(String.class).list();
        // Either no token has been stored yet, or it has not advanced past the start of the store.
        assertThat(tokens).allSatisfy(token -> assertThat(token == null ? "" : token)
                .doesNotContain(Long.toString(lastGlobalIndex())));
        assertThat(assessmentId).isNotBlank();
    }

    private long lastGlobalIndex() {
        return jdbc.sql("select max(global_index) from domain_event_entry").query(Long.class).single();
    }
}
