package org.cseriskrecord.query.trends;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.events.AnalysisRecorded;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.cseriskrecord.riskmodel.rules.CategoryCounts;
import org.cseriskrecord.query.support.Actor;
import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.cseriskrecord.query.support.SyntheticHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's trends over (1) a hand-made history whose counts are known, including suppression at 4 and 5,
 * escalations and de-escalations, and (2) a generated four-year history of 40 synthetic children, counted here by
 * hand from what was generated. Each history has its own agency, so other tests' cases never count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardTrendsTest extends QueryServiceIntegrationTest {

    private final String handMade = "Trends hand-made " + UUID.randomUUID();
    private final String generatedAgency = "Trends generated " + UUID.randomUUID();
    private SyntheticHistory generated;
    private final String inTen = CaseScript.code("Meeting unknown adults");

    @BeforeAll
    void histories() {
        var practitioner = new Actor("trends-practitioner", "PRACTITIONER", handMade);
        var manager = new Actor("trends-manager", "MANAGER", handMade);
        List<CaseEventEnvelope> events = new ArrayList<>();
        List<CaseScript> children = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            var child = new CaseScript(Instant.parse("2031-01-01T00:00:00Z"));
            children.add(child);
            events.add(child.next(child.opened("COUNTY", CaseScript.child("Hand Made " + i, LocalDate.of(1995, 6, 15),
                    "NO", "2", "WBRI")), practitioner));
        }
        Map<CaseScript, String> previous = new HashMap<>();
        // March 2009: children 0-3 LOW (4: suppressed); April: children 4-8 MEDIUM, assessed above the suggestion (5)
        for (int i = 0; i < 4; i++) {
            authorise(events, previous, children.get(i), LocalDate.of(2009, 3, 31), "LOW", "LOW", practitioner, manager);
        }
        for (int i = 4; i < 9; i++) {
            authorise(events, previous, children.get(i), LocalDate.of(2009, 4, 1), "LOW", "MEDIUM", practitioner,
                    manager);
        }
        // May: children 0-4 escalate to HIGH; June: the same five step down to NONE
        for (int i = 0; i < 5; i++) {
            authorise(events, previous, children.get(i), LocalDate.of(2009, 5, 10), "HIGH", "HIGH", practitioner,
                    manager);
        }
        for (int i = 0; i < 5; i++) {
            authorise(events, previous, children.get(i), LocalDate.of(2009, 6, 30), "MEDIUM", "NONE", practitioner,
                    manager);
        }
        // July: one submitted but never authorised: counts nowhere
        var pending = children.get(8);
        var id = "asm-" + pending.caseId + "-pending";
        events.add(pending.next(pending.reassessment(id, LocalDate.of(2009, 7, 1), previous.get(pending), List.of()),
                practitioner));
        events.add(pending.next(pending.analysis(id, "HIGH", null, false), practitioner));
        events.add(pending.next(pending.submitted(id, new CategoryCounts(0, 0, 0, 1), "HIGH", "rule", false, "HIGH",
                List.of()), practitioner));
        generated = new SyntheticHistory(20261203L, 40, YearMonth.of(2012, 1), YearMonth.of(2015, 12),
                generatedAgency);
        events.addAll(generated.events);
        sendAndAwait(events);
    }

    private void authorise(List<CaseEventEnvelope> events, Map<CaseScript, String> previous, CaseScript child,
                           LocalDate date, String suggested, String level, Actor practitioner, Actor manager) {
        var id = "asm-" + child.caseId + "-" + date;
        events.add(child.next(previous.containsKey(child) ? child.reassessment(id, date, previous.get(child), List.of())
                : child.started(id, date), practitioner));
        events.add(child.next(child.marked(id, "Meeting unknown adults", CaseScript.evidence("Seen with adults")),
                practitioner));
        events.add(child.next(child.analysis(id, level, "NONE".equals(level) ? "Protective factors" : null,
                false), practitioner));
        events.add(child.next(child.submitted(id, new CategoryCounts(0, 0, 0, 1), suggested, "rule", false, level,
                List.of()), practitioner));
        events.add(child.next(child.authorised(id, level, "Agreed"), manager));
        previous.put(child, id);
    }

    private JsonNode trends(String query, String user) {
        return getJson("/api/board/trends?" + query, user);
    }

    private JsonNode month(JsonNode trends, String month) {
        for (JsonNode m : trends.get("months")) {
            if (m.get("month").asText().equals(month)) {
                return m;
            }
        }
        throw new AssertionError("No month " + month);
    }

    @Test
    void counts_of_one_to_four_are_suppressed_and_five_is_shown() {
        var t = trends("from=2009-02&to=2009-07&agency=" + handMade, "board");
        assertThat(t.get("from").asText()).isEqualTo("2009-02");
        assertThat(t.get("to").asText()).isEqualTo("2009-07");
        assertThat(t.get("area").isNull()).isTrue();
        assertThat(t.get("agency").asText()).isEqualTo(handMade);
        assertThat(t.get("months")).hasSize(6);
        var february = month(t, "2009-02");
        assertThat(february.get("assessmentsAuthorised").asInt()).isZero();
        assertThat(february.get("assessmentsAuthorised").isNumber()).isTrue();
        var march = month(t, "2009-03");
        assertThat(march.get("assessmentsAuthorised").asText()).isEqualTo("<5");
        assertThat(march.at("/childrenAtLevel/LOW").asText()).isEqualTo("<5");
        assertThat(march.at("/childrenAtLevel/MEDIUM").asInt()).isZero();
        assertThat(march.at("/judgement/equal").asText()).isEqualTo("<5");
        var april = month(t, "2009-04");
        assertThat(april.get("assessmentsAuthorised").asInt()).isEqualTo(5);
        assertThat(april.at("/childrenAtLevel/MEDIUM").asInt()).isEqualTo(5);
        assertThat(april.at("/childrenAtLevel/LOW").asText()).isEqualTo("<5");
        assertThat(april.at("/judgement/above").asInt()).isEqualTo(5);
        assertThat(april.at("/judgement/equal").asInt()).isZero();
        assertThat(april.get("escalations").asInt()).isZero();
    }

    @Test
    void escalations_and_deescalations_compare_with_the_childs_previous_authorised_level() {
        var t = trends("from=2009-05&to=2009-07&agency=" + handMade, "auditor");
        var may = month(t, "2009-05");
        assertThat(may.get("escalations").asInt()).isEqualTo(5);
        assertThat(may.get("deescalations").asInt()).isZero();
        assertThat(may.at("/childrenAtLevel/HIGH").asInt()).isEqualTo(5);
        assertThat(may.at("/childrenAtLevel/MEDIUM").asText()).isEqualTo("<5");
        assertThat(may.at("/childrenAtLevel/LOW").asInt()).isZero();
        var june = month(t, "2009-06");
        assertThat(june.get("deescalations").asInt()).isEqualTo(5);
        assertThat(june.get("escalations").asInt()).isZero();
        assertThat(june.at("/childrenAtLevel/NONE").asInt()).isEqualTo(5);
        assertThat(june.at("/childrenAtLevel/HIGH").asInt()).isZero();
        assertThat(june.at("/judgement/below").asInt()).isEqualTo(5);
        var july = month(t, "2009-07");
        assertThat(july.get("assessmentsAuthorised").asInt()).as("submitted, never authorised").isZero();
        assertThat(july.at("/childrenAtLevel/NONE").asInt()).isEqualTo(5);
    }

    @Test
    void indicators_breakdowns_and_hotspots_count_the_authorised_assessments_of_the_period() {
        var t = trends("from=2009-01&to=2009-12&agency=" + handMade, "board");
        int authorised = 4 + 5 + 5 + 5;
        JsonNode meeting = null;
        for (JsonNode indicator : t.get("indicators")) {
            if (indicator.get("code").asText().equals(inTen)) {
                meeting = indicator;
            }
        }
        assertThat(meeting).isNotNull();
        assertThat(meeting.get("label").asText()).isEqualTo("Meeting unknown adults");
        assertThat(meeting.get("category").asText()).isEqualTo("HIGH");
        assertThat(meeting.get("count").asInt()).isEqualTo(authorised);
        assertThat(t.get("byGender").findValuesAsText("value")).contains("1", "2", "9", "0", "NOT_CODED");
        assertThat(breakdown(t, "byGender", "2").get("assessmentsAuthorised").asInt()).isEqualTo(authorised);
        assertThat(breakdown(t, "byGender", "1").get("assessmentsAuthorised").asInt()).isZero();
        assertThat(breakdown(t, "byEthnicity", "WBRI").at("/atLevel/NONE").asInt()).isEqualTo(5);
        assertThat(breakdown(t, "byAgeBand", "AGED_13_15").get("assessmentsAuthorised").asInt()).isEqualTo(authorised);
        assertThat(t.get("locations")).hasSize(1);
        assertThat(t.at("/locations/0/location").asText()).isEqualTo("bus station");
        assertThat(t.at("/locations/0/count").asInt()).isEqualTo(authorised);
        assertThat(t.toString()).doesNotContain("Hand Made").doesNotContain("1995").doesNotContain("Seen with");
    }

    private static JsonNode breakdown(JsonNode trends, String name, String value) {
        for (JsonNode row : trends.get(name)) {
            if (row.get("value").asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("No " + name + " row " + value);
    }

    @Test
    void a_generated_four_year_history_is_counted_exactly() {
        long start = System.nanoTime();
        var t = trends("from=2012-01&to=2015-12&agency=" + generatedAgency, "board");
        double millis = (System.nanoTime() - start) / 1e6;
        double insertsPerSecond = org.cseriskrecord.query.support.PostgresInsertRate.measure(jdbc, 500);
        System.out.printf("[measure] trends over 48 months (every authorised assessment of this run read): %.0f ms; "
                + "PostgreSQL single-row inserts in the same run: %.0f/s, i.e. the call costs %.1f inserts%n", millis,
                insertsPerSecond, millis / 1000 * insertsPerSecond);
        assertThat(t.get("months")).hasSize(48);
        long authorisedInAll = 0;
        for (YearMonth m = YearMonth.of(2012, 1); !m.isAfter(YearMonth.of(2015, 12)); m = m.plusMonths(1)) {
            var expected = expectedMonth(m);
            var actual = month(t, m.toString());
            assertThat(actual.get("assessmentsAuthorised").asText()).as(m + " authorised")
                    .isEqualTo(shown(expected[0]));
            for (int level = 0; level < 4; level++) {
                assertThat(actual.at("/childrenAtLevel/" + SyntheticHistory.LEVELS.get(level)).asText())
                        .as(m + " at " + SyntheticHistory.LEVELS.get(level)).isEqualTo(shown(expected[1 + level]));
            }
            assertThat(actual.get("escalations").asText()).as(m + " escalations").isEqualTo(shown(expected[5]));
            assertThat(actual.get("deescalations").asText()).as(m + " de-escalations").isEqualTo(shown(expected[6]));
            assertThat(actual.at("/judgement/above").asText()).as(m + " above").isEqualTo(shown(expected[7]));
            assertThat(actual.at("/judgement/equal").asText()).as(m + " equal").isEqualTo(shown(expected[8]));
            assertThat(actual.at("/judgement/below").asText()).as(m + " below").isEqualTo(shown(expected[9]));
            authorisedInAll += expected[0];
        }
        assertThat(authorisedInAll).as("the generated history is large enough to show numbers").isGreaterThan(40);
        var lastMonth = month(t, "2015-12");
        long atSomeLevel = 0;
        for (String level : SyntheticHistory.LEVELS) {
            atSomeLevel += lastMonth.at("/childrenAtLevel/" + level).asLong();
        }
        assertThat(atSomeLevel).as("every child with an authorised assessment, by the end").isEqualTo(
                generated.children.stream().filter(c -> c.assessments().stream()
                        .anyMatch(SyntheticHistory.Assessment::authorised)).count());
        // indicators over the whole period: exact, as suppressed
        Map<String, Long> marked = new HashMap<>();
        generated.children.forEach(c -> c.assessments().stream().filter(SyntheticHistory.Assessment::authorised)
                .forEach(a -> a.codes().forEach(code -> marked.merge(code, 1L, Long::sum))));
        for (JsonNode indicator : t.get("indicators")) {
            assertThat(indicator.get("count").asText()).as(indicator.get("code").asText())
                    .isEqualTo(shown(marked.getOrDefault(indicator.get("code").asText(), 0L)));
        }
        // each place's two spellings are one hotspot
        assertThat(t.get("locations").findValuesAsText("location"))
                .containsExactlyInAnyOrder("bus station", "retail park", "canal towpath");
    }

    /** authorised, NONE, LOW, MEDIUM, HIGH, escalations, de-escalations, above, equal, below: counted by hand. */
    private long[] expectedMonth(YearMonth month) {
        long[] counts = new long[10];
        LocalDate end = month.atEndOfMonth();
        for (var child : generated.children) {
            String previous = null;
            String latest = null;
            for (var a : child.assessments()) {
                if (!a.authorised() || a.date().isAfter(end)) {
                    continue;
                }
                if (YearMonth.from(a.date()).equals(month)) {
                    counts[0]++;
                    int p = previous == null ? -1 : SyntheticHistory.LEVELS.indexOf(previous);
                    int n = SyntheticHistory.LEVELS.indexOf(a.authorisedLevel());
                    if (previous != null && n > p) {
                        counts[5]++;
                    }
                    if (previous != null && n < p) {
                        counts[6]++;
                    }
                    int judgement = Integer.compare(SyntheticHistory.LEVELS.indexOf(a.assessed()),
                            SyntheticHistory.LEVELS.indexOf(a.suggested()));
                    counts[judgement > 0 ? 7 : judgement == 0 ? 8 : 9]++;
                }
                previous = a.authorisedLevel();
                latest = a.authorisedLevel();
            }
            if (latest != null) {
                counts[1 + SyntheticHistory.LEVELS.indexOf(latest)]++;
            }
        }
        return counts;
    }

    private static String shown(long count) {
        return count > 0 && count < 5 ? "<5" : Long.toString(count);
    }

    @Test
    void the_csv_has_a_header_and_one_row_per_month() {
        var response = get("/api/board/trends.csv?from=2009-03&to=2009-05&agency=" + handMade, "board");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
                .isTrue();
        assertThat(response.getBody().split("\r\n")).containsExactly(
                "month,assessmentsAuthorised,childrenAtLevel.NONE,childrenAtLevel.LOW,childrenAtLevel.MEDIUM,"
                        + "childrenAtLevel.HIGH,escalations,deescalations,judgement.above,judgement.equal,judgement.below",
                "2009-03,<5,0,<5,0,0,0,0,0,<5,0",
                "2009-04,5,0,<5,5,0,0,0,5,0,0",
                "2009-05,5,0,0,<5,5,5,0,0,5,0");
    }

    @Test
    void board_and_auditor_see_every_agency_a_manager_only_their_own_and_practitioners_none() {
        assertThat(get("/api/board/trends?from=2009-01&to=2009-02", "practitioner").getStatusCode().value())
                .isEqualTo(403);
        assertThat(get("/api/board/trends.csv?from=2009-01&to=2009-02", "practitioner").getStatusCode().value())
                .isEqualTo(403);
        assertThat(get("/api/board/trends?from=2009-01&to=2009-02", "admin").getStatusCode().value()).isEqualTo(403);
        assertThat(trends("from=2009-01&to=2009-02", "board").get("agency").isNull()).isTrue();
        assertThat(trends("from=2009-01&to=2009-02", "auditor").get("agency").isNull()).isTrue();
        assertThat(trends("from=2009-01&to=2009-02", "manager").get("agency").asText()).isEqualTo("Police");
        assertThat(trends("from=2009-03&to=2009-03", "manager").at("/months/0/assessmentsAuthorised").asInt())
                .as("the hand-made agency's assessments are not the manager's").isZero();
        var other = get("/api/board/trends?from=2009-01&to=2009-02&agency=Health", "manager");
        assertThat(other.getStatusCode().value()).isEqualTo(403);
        assertThat(other.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read(other.getBody()).get("detail").asText()).contains("own agency (Police) only");
    }

    @Test
    void bad_parameters_are_problems_naming_the_parameter() {
        for (String query : new String[]{"to=2009-01", "from=2009-13&to=2010-01", "from=2009-1&to=2009-02",
                "from=2009-05&to=2009-04", "from=1990-01&to=2020-01", "from=2009-01&to=2009-02&area=MOON"}) {
            var response = get("/api/board/trends?" + query, "board");
            assertThat(response.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(read(response.getBody()).get("detail").asText()).as(query).startsWith("The parameter '");
        }
    }
}
