package org.cseriskrecord.query.records;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.cseriskrecord.query.storage.Columns.localDate;
import static org.cseriskrecord.query.storage.Columns.timestamp;

/**
 * The daily retention review: lists the cases whose retention date has come (per {@link RetentionProperties}), are
 * not erased and not under a legal hold, for the ADMIN to decide on. It never erases anything itself: erasure is
 * always a person's decision, made through the erasure endpoint.
 */
@Component
public class RetentionReview {
    private static final Logger log = LoggerFactory.getLogger(RetentionReview.class);

    private final JdbcClient jdbc;
    private final RetentionProperties schedule;
    private final Clock clock;

    @Autowired
    RetentionReview(JdbcClient jdbc, RetentionProperties schedule,
                    @Value("${cse.query.time-zone:Europe/London}") String zone) {
        this(jdbc, schedule, Clock.system(ZoneId.of(zone)));
    }

    RetentionReview(JdbcClient jdbc, RetentionProperties schedule, Clock clock) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Scheduled(cron = "${cse.retention.cron:0 30 2 * * *}", zone = "${cse.query.time-zone:Europe/London}")
    public void daily() {
        int due = listDue(LocalDate.now(clock));
        log.info("Retention review: {} case(s) due for a retention decision", due); // a count only, never a case
    }

    /** The list the last review made, soonest retention date first. */
    RetentionDue due() {
        var listedOn = jdbc.sql("select listed_on from retention_review where id = 1").query(LocalDate.class)
                .optional().orElse(null);
        var cases = jdbc.sql("""
                        select case_id, area, retention_date, looked_after from retention_due
                        order by retention_date, case_id""")
                .query((rs, n) -> new RetentionDue.DueCase(rs.getString("case_id"), rs.getString("area"),
                        localDate(rs, "retention_date"), rs.getBoolean("looked_after")))
                .list();
        return new RetentionDue(listedOn, cases);
    }

    /** Replaces the list with the cases due on {@code today}; returns how many. */
    @Transactional
    public int listDue(LocalDate today) {
        jdbc.sql("delete from retention_due").update();
        int due = jdbc.sql("""
                        insert into retention_due (case_id, area, retention_date, looked_after)
                        select case_id, area, retention_date, looked_after from (
                            select s.case_id, s.area, looked_after,
                                   (s.date_of_birth + make_interval(years =>
                                       case when looked_after then :lookedAfterYears else :years end))::date
                                       as retention_date
                            from case_summary s
                            join (select case_id, (placement is not null
                                      or coalesce(trim(child ->> 'legalStatusIfAccommodated'), '') <> '') as looked_after
                                  from case_status) c using (case_id)
                            left join case_records r using (case_id)
                            where s.date_of_birth is not null and r.erased_at is null
                              and not coalesce(r.legal_hold, false)) d
                        where retention_date <= :today""")
                .param("years", schedule.yearsAfterBirth())
                .param("lookedAfterYears", schedule.lookedAfterYearsAfterBirth())
                .param("today", today)
                .update();
        jdbc.sql("""
                        insert into retention_review (id, listed_on, listed_at) values (1, :today, :at)
                        on conflict (id) do update set listed_on = :today, listed_at = :at""")
                .param("today", today).param("at", timestamp(clock.instant()))
                .update();
        return due;
    }
}
