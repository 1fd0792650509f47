package org.cseriskrecord.query.operations;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Liveness and readiness of the read side: PostgreSQL, Kafka and the consumers that feed the views. */
class HealthTest extends QueryServiceIntegrationTest {

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    private JsonNode readiness(String user) {
        var client = user == null ? rest : rest.withBasicAuth(user, user);
        var response = client.getForEntity("/actuator/health/readiness", JsonNode.class);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        return response.getBody();
    }

    @Test
    void readiness_is_up_and_names_postgresql_kafka_and_the_consumers_and_liveness_names_none_of_them() {
        var readiness = readiness(null);
        assertThat(readiness.get("status").asText()).isEqualTo("UP");
        for (var component : new String[]{"db", "kafka", "eventProcessors", "readinessState"}) {
            assertThat(readiness.get("components").get(component).get("status").asText()).as(component)
                    .isEqualTo("UP");
        }
        var liveness = rest.getForEntity("/actuator/health/liveness", JsonNode.class).getBody();
        assertThat(liveness.get("status").asText()).isEqualTo("UP");
        assertThat(liveness.path("components").has("db")).isFalse();
    }

    @Test
    void a_stopped_consumer_makes_readiness_degraded_until_it_runs_again() {
        var container = listeners.getListenerContainer("case-event-projections");
        container.stop();
        try {
            var readiness = readiness("admin");
            assertThat(readiness.get("status").asText()).isEqualTo("DEGRADED");
            var processors = readiness.get("components").get("eventProcessors");
            assertThat(processors.get("status").asText()).isEqualTo("DEGRADED");
            assertThat(processors.get("details").get("case-event-projections").get("running").asBoolean()).isFalse();
            assertThat(readiness(null).get("components").get("eventProcessors").has("details")).isFalse();
        } finally {
            container.start();
        }
        await().atMost(PATIENCE).until(() -> "UP".equals(readiness(null).get("status").asText()));
    }
}
