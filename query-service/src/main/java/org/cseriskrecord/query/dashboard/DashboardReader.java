package org.cseriskrecord.query.dashboard;

import org.cseriskrecord.events.AssessmentStatus;
import org.cseriskrecord.query.QueryProperties;
import org.cseriskrecord.query.trends.SmallNumbers;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Answers the dashboard, as one consistent snapshot, from the views {@code dashboard_case} and
 * {@code dashboard_assessment} over the case status (V90) and the access projection's {@code case_agency}: the
 * dashboard keeps no table of its own, so it can never disagree with the case or with who may read it.
 */
@Component
class DashboardReader {

    static final List<String> LEVELS = Arrays.stream(RiskLevel.values()).map(Enum::name).toList();
    static final String NOT_ASSESSED = "NOT_ASSESSED";
    static final List<String> STATUSES = Arrays.stream(AssessmentStatus.values()).map(Enum::name).toList();

    /** Cases the agency holds (every case when the agency is null). */
    private static final String CASE_SCOPE = """
            (cast(:agency as varchar) is null or exists (
                select 1 from case_agency g where g.case_id = c.case_id and g.agency = :agency))""";
    /** Assessments the agency's managers oversee (every assessment when the agency is null). */
    private static final String ASSESSMENT_SCOPE = "(cast(:agency as varchar) is null or a.agency = :agency)";

    private final JdbcClient jdbc;
    private final QueryProperties.ReviewIntervals intervals;
    private final Clock clock;

    DashboardReader(JdbcClient jdbc, QueryProperties properties) {
        this.jdbc = jdbc;
        this.intervals = properties.reviewIntervals();
        this.clock = Clock.system(properties.timeZone());
    }

    /**
     * @param agency    the agency whose cases count, or null for all
     * @param withCases a manager's view: exact counts and the lists of cases; otherwise suppressed counts only
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public DashboardView dashboard(String agency, boolean withCases) {
        LongFunction<Object> count = withCases ? n -> n : SmallNumbers::suppress;
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        var byLevel = counts(withKeys(LEVELS, NOT_ASSESSED), agency, """
                select coalesce(c.risk_level, 'NOT_ASSESSED') as value, count(*) as n from dashboard_case c
                where""" + CASE_SCOPE + " group by 1");
        var bySuggested = counts(withKeys(LEVELS, NOT_ASSESSED), agency, """
                select coalesce(a.suggested_level, 'NOT_ASSESSED') as value, count(*) as n from dashboard_case c
                left join dashboard_assessment a on a.assessment_id = c.current_assessment_id
                                                and a.status <> 'DISCARDED'
                where""" + CASE_SCOPE + " group by 1");
        var byArea = counts(List.of(), agency, """
                select coalesce(c.area, 'NOT_RECORDED') as value, count(*) as n from dashboard_case c
                where""" + CASE_SCOPE + " group by 1 order by 1");
        var byAgency = counts(List.of(), agency, """
                select i.agency as value, count(*) as n from case_agency i
                join dashboard_case c on c.case_id = i.case_id
                where""" + CASE_SCOPE + " group by 1 order by 1");
        var byStatus = counts(STATUSES, agency, "select a.status as value, count(*) as n from dashboard_assessment a "
                + "where " + ASSESSMENT_SCOPE + " group by 1");
        long total = byLevel.values().stream().mapToLong(Long::longValue).sum();
        var children = new DashboardView.Children(count.apply(total), shown(byLevel, count), shown(bySuggested, count),
                shown(byArea, count), shown(byAgency, count));
        return new DashboardView(agency, today, children, shown(byStatus, count),
                awaiting(agency, now, count, withCases), reviews(agency, today, count, withCases));
    }

    private DashboardView.Awaiting awaiting(String agency, Instant now, LongFunction<Object> count, boolean withCases) {
        var waiting = jdbc.sql("""
                        select a.case_id, a.assessment_id, a.submitted_at, a.suggested_level, a.assessed_level,
                               a.step_down, a.below_floor_with_indicators
                        from dashboard_assessment a
                        where a.status = 'SUBMITTED' and""" + ASSESSMENT_SCOPE + """
                         order by a.submitted_at, a.assessment_id""")
                .param("agency", agency)
                .query((rs, n) -> {
                    Instant submittedAt = rs.getTimestamp("submitted_at").toInstant();
                    return new DashboardView.Waiting(rs.getString("case_id"), rs.getString("assessment_id"),
                            submittedAt, Math.max(0, Duration.between(submittedAt, now).toDays()),
                            rs.getString("suggested_level"), rs.getString("assessed_level"),
                            rs.getBoolean("step_down"), rs.getBoolean("below_floor_with_indicators"));
                })
                .list();
        long upTo2 = waiting.stream().filter(w -> w.waitingDays() <= 2).count();
        long upTo7 = waiting.stream().filter(w -> w.waitingDays() > 2 && w.waitingDays() <= 7).count();
        Long longest = waiting.stream().map(DashboardView.Waiting::waitingDays).max(Long::compare).orElse(null);
        return new DashboardView.Awaiting(count.apply(waiting.size()), longest, count.apply(upTo2),
                count.apply(upTo7), count.apply(waiting.size() - upTo2 - upTo7),
                count.apply(waiting.stream().filter(DashboardView.Waiting::stepDown).count()),
                count.apply(waiting.stream().filter(DashboardView.Waiting::belowFloorWithIndicators).count()),
                withCases ? waiting : List.of());
    }

    private DashboardView.Reviews reviews(String agency, LocalDate today, LongFunction<Object> count,
                                         boolean withCases) {
        List<DashboardView.Overdue> overdue = new ArrayList<>();
        jdbc.sql("""
                        select c.case_id, c.risk_level, c.risk_level_date from dashboard_case c
                        where c.risk_level is not null and c.risk_level_date is not null and""" + CASE_SCOPE + """
                         order by c.risk_level_date, c.case_id""")
                .param("agency", agency)
                .query((rs, n) -> {
                    String level = rs.getString("risk_level");
                    LocalDate assessed = rs.getDate("risk_level_date").toLocalDate();
                    LocalDate due = assessed.plus(intervals.of(level));
                    if (due.isBefore(today)) {
                        overdue.add(new DashboardView.Overdue(rs.getString("case_id"), level, assessed, due,
                                ChronoUnit.DAYS.between(due, today)));
                    }
                    return level;
                })
                .list();
        Map<String, Long> byLevel = new LinkedHashMap<>();
        LEVELS.forEach(level -> byLevel.put(level, 0L));
        overdue.forEach(o -> byLevel.merge(o.riskLevel(), 1L, Long::sum));
        Map<String, String> configured = new LinkedHashMap<>();
        LEVELS.forEach(level -> configured.put(level, intervals.of(level).toString()));
        return new DashboardView.Reviews(count.apply(overdue.size()), shown(byLevel, count), configured,
                withCases ? overdue : List.of());
    }

    private Map<String, Long> counts(List<String> keys, String agency, String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.forEach(key -> counts.put(key, 0L));
        jdbc.sql(sql).param("agency", agency)
                .query((rs, n) -> counts.merge(rs.getString("value"), rs.getLong("n"), Long::sum))
                .list();
        return counts;
    }

    private static Map<String, Object> shown(Map<String, Long> counts, LongFunction<Object> count) {
        Map<String, Object> shown = new LinkedHashMap<>();
        counts.forEach((key, n) -> shown.put(key, count.apply(n)));
        return shown;
    }

    private static List<String> withKeys(List<String> keys, String last) {
        var all = new ArrayList<>(keys);
        all.add(last);
        return all;
    }
}
