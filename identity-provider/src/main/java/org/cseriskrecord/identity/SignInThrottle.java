package org.cseriskrecord.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per user name and per network address in a sliding window; once either count reaches its
 * limit, further attempts are refused (without checking the password) until the oldest failure leaves the window.
 * Guessing a password then takes years instead of minutes, and one address cannot lock out many accounts without
 * being stopped itself. A successful sign-in clears the user's count (not the address's). Counts live in memory: a
 * restart clears them, which is acceptable for the local stack's single instance.
 */
public class SignInThrottle {

    /** Bounds the memory an attacker can make us spend by inventing user names. */
    private static final int MAX_KEYS = 10_000;
    private static final int MAX_KEY_LENGTH = 200;

    private final IdentityProperties.Throttle limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byUser = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

    public SignInThrottle(IdentityProperties.Throttle limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long this user name or address must wait before trying again; empty when an attempt is allowed. */
    public Optional<Duration> waitBeforeNextAttempt(String username, String address) {
        Instant now = clock.instant();
        Duration userWait = wait(byUser, userKey(username), limits.perUser(), now);
        Duration addressWait = wait(byAddress, key(address), limits.perAddress(), now);
        Duration longest = userWait.compareTo(addressWait) >= 0 ? userWait : addressWait;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(byUser, userKey(username), now);
        record(byAddress, key(address), now);
    }

    public void succeeded(String username) {
        byUser.remove(userKey(username));
    }

    private Duration wait(Map<String, Deque<Instant>> counts, String key, int limit, Instant now) {
        Deque<Instant> failures = counts.get(key);
        if (failures == null) {
            return Duration.ZERO;
        }
        synchronized (failures) {
            prune(failures, now);
            if (failures.size() < limit) {
                return Duration.ZERO;
            }
            // The attempt is allowed again when enough failures have aged out to bring the count under the limit.
            Instant nth = failures.stream().skip(failures.size() - limit).findFirst().orElse(now);
            Duration wait = Duration.between(now, nth.plus(limits.window()));
            return wait.isNegative() ? Duration.ZERO : wait;
        }
    }

    private void record(Map<String, Deque<Instant>> counts, String key, Instant now) {
        if (counts.size() >= MAX_KEYS) {
            counts.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> failures = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (failures) {
            prune(failures, now);
            failures.addLast(now);
        }
    }

    private void prune(Deque<Instant> failures, Instant now) {
        Instant oldestKept = now.minus(limits.window());
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(oldestKept)) {
            failures.removeFirst();
        }
    }

    private static String userKey(String username) {
        return key(username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String key(String value) {
        String v = value == null ? "" : value;
        return v.length() > MAX_KEY_LENGTH ? v.substring(0, MAX_KEY_LENGTH) : v;
    }
}
