package org.cseriskrecord.query;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Settings of the query service ({@code cse.query.*}).
 *
 * @param timeZone         the zone in which an instant becomes a calendar date (e.g. "risk level since")
 * @param consumer         how the Kafka consumer retries
 * @param reviewIntervals  when a child's review falls due after an authorised assessment
 */
@ConfigurationProperties("cse.query")
public record QueryProperties(
        @DefaultValue("Europe/London") ZoneId timeZone,
        @DefaultValue Consumer consumer,
        @DefaultValue ReviewIntervals reviewIntervals) {

    /**
     * How long after an authorised assessment's own date the child's next review falls due, per authorised level
     * (issue 11: three months, one month at HIGH). Written as ISO periods, e.g. {@code P3M}, {@code P2W}.
     */
    public record ReviewIntervals(
            @DefaultValue("P3M") java.time.Period none,
            @DefaultValue("P3M") java.time.Period low,
            @DefaultValue("P3M") java.time.Period medium,
            @DefaultValue("P1M") java.time.Period high) {

        public java.time.Period of(String level) {
            return switch (level) {
                case "NONE" -> none;
                case "LOW" -> low;
                case "MEDIUM" -> medium;
                case "HIGH" -> high;
                default -> throw new IllegalArgumentException("Unknown level " + level);
            };
        }
    }

    /**
     * @param gapRetries         how often an event that arrives before its predecessor is retried before it is parked
     * @param gapRetryInterval   the first wait before retrying it (doubling each time)
     * @param decodeRetries      how often a record that cannot be read is retried before it is set aside
     * @param decodeRetryInterval the wait between those retries
     * @param failureMaxInterval the longest wait between retries of an event whose projection update failed
     *                           because the database was away: such events are retried until they succeed
     * @param poisonRetries      how often an event a projection cannot apply (for any other reason) is retried
     *                           before it becomes a dead letter
     * @param poisonRetryInterval the wait between those retries
     */
    public record Consumer(
            @DefaultValue("4") int gapRetries,
            @DefaultValue("200ms") Duration gapRetryInterval,
            @DefaultValue("2") int decodeRetries,
            @DefaultValue("200ms") Duration decodeRetryInterval,
            @DefaultValue("30s") Duration failureMaxInterval,
            @DefaultValue("3") int poisonRetries,
            @DefaultValue("1s") Duration poisonRetryInterval) {
    }
}
