package org.cseriskrecord.query.records;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The retention schedule ({@code cse.retention.*}): how long a child's record is kept, counted from the date of
 * birth. Defaults: to the 25th birthday; for a looked-after child (a placement or a legal status if accommodated is
 * recorded), to the 75th.
 *
 * @param yearsAfterBirth            years after birth for every child
 * @param lookedAfterYearsAfterBirth years after birth for a looked-after child
 * @param cron                       when the daily review lists the cases due (Spring cron, service time zone)
 */
@ConfigurationProperties("cse.retention")
public record RetentionProperties(Integer yearsAfterBirth, Integer lookedAfterYearsAfterBirth, String cron) {
    public RetentionProperties {
        yearsAfterBirth = yearsAfterBirth == null ? 25 : yearsAfterBirth;
        lookedAfterYearsAfterBirth = lookedAfterYearsAfterBirth == null ? 75 : lookedAfterYearsAfterBirth;
        cron = cron == null || cron.isBlank() ? "0 30 2 * * *" : cron;
        if (yearsAfterBirth < 1 || lookedAfterYearsAfterBirth < 1) {
            throw new IllegalArgumentException("cse.retention years must be positive");
        }
    }
}
