package org.cseriskrecord.query.consumption;

import org.cseriskrecord.query.support.PostgresInsertRate;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.cseriskrecord.query.support.SyntheticHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every projection, dropped and rebuilt from the topic by the one command, equals what the live consumer built:
 * over a generated history plus whatever the other tests of this run put on the topic (duplicates, gaps, unreadable
 * records included). Surrogate ids ({@code id} columns) are compared by their order, not their values.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionRebuildTest extends QueryServiceIntegrationTest {

    @BeforeAll
    void aGeneratedHistory() {
        sendAndAwait(new SyntheticHistory(7L, 15, YearMonth.of(2016, 1), YearMonth.of(2018, 12),
                "Rebuild " + UUID.randomUUID()).events);
    }

    @Test
    void every_projection_dropped_and_rebuilt_equals_the_live_one() {
        var projections = getJson("/api/admin/projections", "admin");
        assertThat(projections.findValuesAsText("name"))
                .contains("case-status", "case-list", "audit-history", "board-trends", "involved-agencies");
        for (var projection : projections) {
            String name = projection.get("name").asText();
            List<String> tables = new ArrayList<>();
            projection.get("tables").forEach(t -> tables.add(t.asText()));
            var live = tables.stream().map(this::contents).toList();
            assertThat(live.stream().mapToInt(List::size).sum()).as(name + " has rows").isPositive();
            tables.forEach(table -> jdbc.sql("delete from " + table).update()); // dropped
            var response = rest.withBasicAuth("admin", "admin")
                    .postForEntity("/api/admin/projections/" + name + "/rebuild", null, String.class);
            assertThat(response.getStatusCode().value()).as(name + ": " + response.getBody()).isEqualTo(200);
            var result = read(response.getBody());
            assertThat(result.get("eventsApplied").asLong()).as(name).isPositive();
            double eventsPerSecond = result.get("eventsApplied").asLong() * 1000.0
                    / Math.max(1, result.get("tookMillis").asLong());
            double insertsPerSecond = PostgresInsertRate.measure(jdbc, 500);
            System.out.printf("[measure] rebuild %s: %d events in %d ms = %.0f events/s; PostgreSQL single-row "
                            + "inserts in the same run: %.0f/s; ratio %.3f%n", name, result.get("eventsApplied").asLong(),
                    result.get("tookMillis").asLong(), eventsPerSecond, insertsPerSecond,
                    eventsPerSecond / insertsPerSecond);
            var rebuilt = tables.stream().map(this::contents).toList();
            for (int i = 0; i < tables.size(); i++) {
                assertThat(rebuilt.get(i)).as(name + ": " + tables.get(i)).containsExactlyElementsOf(live.get(i));
            }
        }
    }

    @Test
    void only_an_administrator_rebuilds_and_an_unknown_projection_is_a_problem() {
        for (String user : new String[]{"practitioner", "manager", "board", "auditor"}) {
            var response = rest.withBasicAuth(user, user)
                    .postForEntity("/api/admin/projections/board-trends/rebuild", null, String.class);
            assertThat(response.getStatusCode().value()).as(user).isEqualTo(403);
        }
        var unknown = rest.withBasicAuth("admin", "admin")
                .postForEntity("/api/admin/projections/no-such-thing/rebuild", null, String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read(unknown.getBody()).get("detail").asText()).contains("board-trends");
    }

    /**
     * Every row as text, in a stable order. A bigserial {@code id} (only evidence has one) is replaced by the row's
     * rank within its assessment, which keeps the order it gives (evidence is listed in that order) without its
     * values: the live consumer and the rebuild interleave cases differently.
     */
    private List<String> contents(String table) {
        boolean hasId = jdbc.sql("""
                        select count(*) from information_schema.columns
                        where table_name = :table and column_name = 'id'""")
                .param("table", table)
                .query(Integer.class)
                .single() > 0;
        String row = hasId ? "(to_jsonb(t) - 'id')::text || ' #' || rank() over (partition by t.assessment_id order by t.id)" : "to_jsonb(t)::text";
        return jdbc.sql("select " + row + " as r from " + table + " t order by 1").query(String.class).list();
    }
}
