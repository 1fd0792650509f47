package org.cseriskrecord.command;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Liveness and readiness as a load balancer and an operator read them, with PostgreSQL and Kafka present. */
class HealthTest extends SharedInfrastructureTest {

    private JsonNode health(String user, String path) {
        var client = user == null ? http : http.withBasicAuth(user, user);
        var response = client.getForEntity(path, JsonNode.class);
        assertThat(response.getStatusCode().value()).as(path + " " + response.getBody()).isEqualTo(200);
        return response.getBody();
    }

    @Test
    void readiness_is_up_and_names_postgresql_kafka_and_the_event_processors() {
        openCase("practitioner"); // something for the publisher to have handled
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var readiness = health(null, "/actuator/health/readiness");
            assertThat(readiness.get("status").asText()).isEqualTo("UP");
            var components = readiness.get("components");
            assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
            assertThat(components.get("kafka").get("status").asText()).isEqualTo("UP");
            assertThat(components.get("eventProcessors").get("status").asText()).isEqualTo("UP");
            assertThat(components.get("readinessState").get("status").asText()).isEqualTo("UP");
        });
    }

    @Test
    void liveness_depends_on_nothing_outside_the_process() {
        var liveness = health(null, "/actuator/health/liveness");
        assertThat(liveness.get("status").asText()).isEqualTo("UP");
        assertThat(liveness.path("components").has("db")).isFalse();
        assertThat(liveness.path("components").has("kafka")).isFalse();
    }

    @Test
    void the_publishers_position_is_shown_to_an_administrator_and_to_nobody_else() {
        var caseId = openCase("practitioner");
        long last = jdbc.sql("select max(global_index) from domain_event_entry where aggregate_identifier = ?")
                .param(caseId).query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var publisher = health("admin", "/actuator/health/readiness")
                    .get("components").get("eventProcessors").get("details").get("kafka-publisher");
            assertThat(publisher.get("running").asBoolean()).isTrue();
            assertThat(publisher.get("error").asBoolean()).isFalse();
            assertThat(publisher.path("position").asLong(-1)).isGreaterThanOrEqualTo(last);
        });
        var anonymous = health(null, "/actuator/health/readiness").get("components").get("eventProcessors");
        assertThat(anonymous.has("details")).isFalse();
        var practitioner = health("practitioner", "/actuator/health/readiness").get("components")
                .get("eventProcessors");
        assertThat(practitioner.has("details")).isFalse();
    }
}
