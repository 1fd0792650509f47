package org.cseriskrecord.identity;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle =
            new SignInThrottle(new IdentityProperties.Throttle(5, 20, Duration.ofMinutes(15)), clock);

    @Test
    void five_wrong_passwords_for_one_user_stop_the_sixth_attempt_for_fifteen_minutes() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("manager", "10.0.0.1");
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(throttle.waitBeforeNextAttempt("manager", "10.0.0.1")).isEmpty();

        throttle.failed("manager", "10.0.0.1");

        assertThat(throttle.waitBeforeNextAttempt("manager", "10.0.0.1")).contains(Duration.ofMinutes(15).minusSeconds(40));
        assertThat(throttle.waitBeforeNextAttempt("MANAGER ", "10.0.0.9")).as("same user, other address").isPresent();
        assertThat(throttle.waitBeforeNextAttempt("practitioner", "10.0.0.9")).as("other user, other address").isEmpty();
    }

    @Test
    void attempts_are_allowed_again_once_failures_leave_the_window() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("board", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(throttle.waitBeforeNextAttempt("board", "10.0.0.1")).isEmpty();
    }

    @Test
    void twenty_failures_from_one_address_stop_it_whatever_user_name_it_tries() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess" + i, "10.0.0.2");
        }

        assertThat(throttle.waitBeforeNextAttempt("auditor", "10.0.0.2")).isPresent();
        assertThat(throttle.waitBeforeNextAttempt("auditor", "10.0.0.3")).isEmpty();
    }

    @Test
    void signing_in_clears_the_users_failures_but_not_the_addresss() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin", "10.0.0.4");
        }
        throttle.succeeded("admin");
        throttle.failed("admin", "10.0.0.4");

        assertThat(throttle.waitBeforeNextAttempt("admin", "10.0.0.4")).isEmpty();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
