package org.cseriskrecord.query.operations;

import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cseriskrecord.query.support.Actor.PRACTITIONER;

/** The read side's metrics, as Prometheus scrapes them: only an administrator reads them. */
class MetricsTest extends QueryServiceIntegrationTest {

    private String scrape() {
        var response = rest.withBasicAuth("admin", "admin").getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    private static double value(String scrape, String series) {
        var matcher = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+|NaN)$").matcher(scrape);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    @Test
    void applied_events_projection_lag_consumer_lag_and_dead_letters_are_exposed() {
        var before = scrape();
        var script = new CaseScript(Instant.parse("2025-07-01T09:00:00Z"));
        sendAndAwait(List.of(
                script.next(script.opened("CITY", CaseScript.child("Mo Example", LocalDate.of(2012, 2, 2), false)),
                        PRACTITIONER),
                script.next(script.started("asm-" + script.caseId, LocalDate.of(2025, 7, 1)), PRACTITIONER)));

        await().atMost(PATIENCE).untilAsserted(() -> {
            var after = scrape();
            assertThat(value(after, "cse_events_applied_total") - value(before, "cse_events_applied_total"))
                    .isGreaterThanOrEqualTo(2);
            assertThat(value(after, "cse_projections_lag_seconds_count")
                    - value(before, "cse_projections_lag_seconds_count")).isGreaterThanOrEqualTo(2);
            assertThat(value(after, "cse_events_consumer_lag")).isZero();
            assertThat(after).contains("cse_dead_letters ");
        });
    }

    @Test
    void only_an_administrator_reads_the_metrics() {
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(rest.withBasicAuth("auditor", "auditor").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode().value()).isEqualTo(403);
    }
}
