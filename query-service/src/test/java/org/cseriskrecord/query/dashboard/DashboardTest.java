package org.cseriskrecord.query.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.cseriskrecord.riskmodel.rules.CategoryCounts;
import org.cseriskrecord.query.support.Actor;
import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live dashboard: a board member's de-identified counts for one agency's cases (an agency of this test's own,
 * so the counts are exact), and a manager's own agency with the lists of cases awaiting authorisation and overdue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest extends QueryServiceIntegrationTest {

    private final String agency = "Dashboard " + UUID.randomUUID();
    private final Actor practitioner = new Actor("dash-practitioner", "PRACTITIONER", agency);
    private final Actor manager = new Actor("dash-manager", "MANAGER", agency);
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    private final Instant tenDaysAgo = Instant.now().minus(Duration.ofDays(10));
    private final Instant yesterday = Instant.now().minus(Duration.ofDays(1));
    private CaseScript policeOverdue;
    private CaseScript policeWaiting;
    private CaseScript healthWaiting;

    @BeforeAll
    void cases() {
        List<CaseEventEnvelope> events = new ArrayList<>();
        // five HIGH authorised 40 days ago (overdue: HIGH is reviewed monthly); one LOW 10 days ago (not yet due)
        List<CaseScript> high = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var child = new CaseScript(tenDaysAgo);
            high.add(child);
            opened(events, child, practitioner);
            authorised(events, child, "asm-" + child.caseId, today.minusDays(40), "HIGH", null, practitioner, manager);
        }
        var low = new CaseScript(tenDaysAgo);
        opened(events, low, practitioner);
        authorised(events, low, "asm-" + low.caseId, today.minusDays(10), "LOW", null, practitioner, manager);
        // the first HIGH child's reassessment steps down to MEDIUM and awaits authorisation (10 days)
        var first = high.get(0);
        submitted(events, first, "re-" + first.caseId, today.minusDays(10), "MEDIUM", "asm-" + first.caseId, true,
                false, practitioner);
        // five children judged at no risk under the floor with indicators, submitted yesterday
        for (int i = 0; i < 5; i++) {
            var child = new CaseScript(yesterday);
            opened(events, child, practitioner);
            submitted(events, child, "asm-" + child.caseId, today.minusDays(1), "NONE", null, false, true,
                    practitioner);
        }
        // the demo manager's own agency (Police) and another (Health)
        policeOverdue = new CaseScript(tenDaysAgo);
        opened(events, policeOverdue, Actor.PRACTITIONER);
        authorised(events, policeOverdue, "asm-" + policeOverdue.caseId, today.minusDays(100), "MEDIUM", null,
                Actor.PRACTITIONER, Actor.MANAGER);
        policeWaiting = new CaseScript(tenDaysAgo);
        opened(events, policeWaiting, Actor.PRACTITIONER);
        submitted(events, policeWaiting, "asm-" + policeWaiting.caseId, today.minusDays(10), "LOW", null, false,
                false, Actor.PRACTITIONER);
        healthWaiting = new CaseScript(tenDaysAgo);
        opened(events, healthWaiting, Actor.PRACTITIONER2);
        submitted(events, healthWaiting, "asm-" + healthWaiting.caseId, today.minusDays(10), "LOW", null, false,
                false, Actor.PRACTITIONER2);
        sendAndAwait(events);
    }

    private static void opened(List<CaseEventEnvelope> events, CaseScript child, Actor by) {
        events.add(child.next(child.opened("COUNTY", CaseScript.child("Dashboard Child", LocalDate.of(2012, 2, 2),
                "NO")), by));
    }

    private static void submitted(List<CaseEventEnvelope> events, CaseScript child, String id, LocalDate date,
                                  String level, String previous, boolean stepDown, boolean belowFloor, Actor by) {
        events.add(child.next(previous == null ? child.started(id, date)
                : child.reassessment(id, date, previous, List.of()), by));
        events.add(child.next(child.analysis(id, level, "NONE".equals(level) ? "Protective factors" : null, false),
                by));
        events.add(child.next(child.submitted(id, new CategoryCounts(0, 0, 0, 0), level, "rule", level, List.of(),
                level, belowFloor, belowFloor, "NO", stepDown ? "HIGH" : null, stepDown), by));
    }

    private static void authorised(List<CaseEventEnvelope> events, CaseScript child, String id, LocalDate date,
                                   String level, String previous, Actor by, Actor manager) {
        submitted(events, child, id, date, level, previous, false, false, by);
        events.add(child.next(child.authorised(id, level, "Agreed"), manager));
    }

    @Test
    void a_board_member_sees_suppressed_counts_and_no_cases() {
        var d = getJson("/api/dashboard?agency=" + agency, "board");
        assertThat(d.get("agency").asText()).isEqualTo(agency);
        assertThat(d.get("today").asText()).isEqualTo(today.toString());
        assertThat(d.at("/children/total").asInt()).isEqualTo(11);
        assertThat(d.at("/children/byLevel/HIGH").asInt()).isEqualTo(5);
        assertThat(d.at("/children/byLevel/LOW").asText()).isEqualTo("<5");
        assertThat(d.at("/children/byLevel/MEDIUM").asInt()).isZero();
        assertThat(d.at("/children/byLevel/NOT_ASSESSED").asInt()).isEqualTo(5);
        assertThat(d.at("/children/bySuggestedLevel/NONE").asInt()).isEqualTo(5);
        assertThat(d.at("/children/bySuggestedLevel/HIGH").asText()).as("four: the fifth is being reassessed")
                .isEqualTo("<5");
        assertThat(d.at("/children/byArea/COUNTY").asInt()).isEqualTo(11);
        assertThat(d.at("/children/byAgency").get(agency).asInt()).isEqualTo(11);
        assertThat(d.at("/assessmentsByStatus/AUTHORISED").asInt()).isEqualTo(6);
        assertThat(d.at("/assessmentsByStatus/SUBMITTED").asInt()).isEqualTo(6);
        assertThat(d.at("/assessmentsByStatus/DRAFT").asInt()).isZero();
        var awaiting = d.get("awaitingAuthorisation");
        assertThat(awaiting.get("count").asInt()).isEqualTo(6);
        assertThat(awaiting.get("waitingUpTo2Days").asInt()).isEqualTo(5);
        assertThat(awaiting.get("waitingOver7Days").asText()).isEqualTo("<5");
        assertThat(awaiting.get("longestWaitDays").asLong()).isBetween(9L, 10L);
        assertThat(awaiting.get("stepDowns").asText()).isEqualTo("<5");
        assertThat(awaiting.get("belowFloorWithIndicators").asInt()).isEqualTo(5);
        assertThat(awaiting.get("assessments")).isEmpty();
        var reviews = d.get("reviewsOverdue");
        assertThat(reviews.get("count").asInt()).isEqualTo(5);
        assertThat(reviews.at("/byLevel/HIGH").asInt()).isEqualTo(5);
        assertThat(reviews.at("/byLevel/LOW").asInt()).isZero();
        assertThat(reviews.at("/intervals/HIGH").asText()).isEqualTo("P1M");
        assertThat(reviews.at("/intervals/LOW").asText()).isEqualTo("P3M");
        assertThat(reviews.get("cases")).isEmpty();
        assertThat(d.toString()).doesNotContain("Dashboard Child").doesNotContain("case-");
    }

    @Test
    void a_manager_sees_their_own_agencys_cases_with_the_lists_and_exact_counts() {
        var d = getJson("/api/dashboard", "manager");
        assertThat(d.get("agency").asText()).isEqualTo("Police");
        assertThat(d.at("/children/total").isNumber()).isTrue();
        var waiting = d.at("/awaitingAuthorisation/assessments");
        var ids = waiting.findValuesAsText("caseId");
        assertThat(ids).contains(policeWaiting.caseId).doesNotContain(healthWaiting.caseId);
        JsonNode mine = null;
        for (JsonNode w : waiting) {
            if (w.get("caseId").asText().equals(policeWaiting.caseId)) {
                mine = w;
            }
        }
        assertThat(mine.get("assessmentId").asText()).isEqualTo("asm-" + policeWaiting.caseId);
        assertThat(mine.get("waitingDays").asLong()).isBetween(9L, 10L);
        assertThat(mine.get("suggestedLevel").asText()).isEqualTo("LOW");
        JsonNode overdue = null;
        for (JsonNode o : d.at("/reviewsOverdue/cases")) {
            if (o.get("caseId").asText().equals(policeOverdue.caseId)) {
                overdue = o;
            }
        }
        assertThat(overdue).as("a MEDIUM child last assessed 100 days ago").isNotNull();
        assertThat(overdue.get("reviewDue").asText()).isEqualTo(today.minusDays(100).plusMonths(3).toString());
        assertThat(overdue.get("daysOverdue").asLong()).isEqualTo(
                java.time.temporal.ChronoUnit.DAYS.between(today.minusDays(100).plusMonths(3), today));
        assertThat(getJson("/api/dashboard", "manager2").at("/awaitingAuthorisation/assessments")
                .findValuesAsText("caseId")).contains(healthWaiting.caseId).doesNotContain(policeWaiting.caseId);
    }

    @Test
    void only_managers_and_board_members_see_the_dashboard_and_a_manager_only_their_own_agency() {
        for (String user : new String[]{"practitioner", "auditor", "admin"}) {
            var response = get("/api/dashboard", user);
            assertThat(response.getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        var other = get("/api/dashboard?agency=Health", "manager");
        assertThat(other.getStatusCode().value()).isEqualTo(403);
        assertThat(read(other.getBody()).get("detail").asText()).contains("own agency (Police) only");
        assertThat(get("/api/dashboard?agency=" + "x".repeat(101), "board").getStatusCode().value()).isEqualTo(400);
    }
}
