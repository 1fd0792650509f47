package org.cseriskrecord.command;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The command side's metrics, as Prometheus scrapes them: only an administrator reads them. */
class MetricsTest extends SharedInfrastructureTest {

    private String scrape() {
        var response = http.withBasicAuth("admin", "admin").getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    private static double value(String scrape, String series) {
        var matcher = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+|NaN)$").matcher(scrape);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    @Test
    void commands_handled_and_refused_by_kind_and_events_published_are_counted_and_the_publishing_lag_returns_to_zero() {
        var before = scrape();
        var caseId = openCase("practitioner");
        var assessmentId = startAssessment("practitioner", caseId, "2026-11-01");
        var refused = post("practitioner", "/api/assessments/" + assessmentId + "/evidence",
                Map.of("indicatorCode", "LOW_MOOD_SWINGS", "text", "Seen late at night"));
        assertThat(refused.getStatusCode().value()).isEqualTo(409);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var after = scrape();
            assertThat(value(after, "cse_commands_handled_total{command=\"OpenCase\"}")
                    - value(before, "cse_commands_handled_total{command=\"OpenCase\"}")).isEqualTo(1);
            assertThat(value(after, "cse_commands_handled_total{command=\"StartAssessment\"}")
                    - value(before, "cse_commands_handled_total{command=\"StartAssessment\"}")).isEqualTo(1);
            assertThat(value(after, "cse_commands_refused_total{kind=\"WRONG_STATE\"}")
                    - value(before, "cse_commands_refused_total{kind=\"WRONG_STATE\"}")).isEqualTo(1);
            assertThat(value(after, "cse_events_published_total") - value(before, "cse_events_published_total"))
                    .isGreaterThanOrEqualTo(2);
            assertThat(value(after, "cse_events_publishing_lag")).isZero();
        });
    }

    @Test
    void only_an_administrator_reads_the_metrics() {
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.withBasicAuth("practitioner", "practitioner").getForEntity("/actuator/prometheus",
                String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(scrape()).contains("cse_events_publishing_lag");
    }
}
