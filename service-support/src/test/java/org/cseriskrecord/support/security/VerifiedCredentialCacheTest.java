package org.cseriskrecord.support.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedCredentialCacheTest {

    /** Counts how often the expensive check really runs. */
    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder slow = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoded.equals("hash:" + raw);
        }
    };
    private final VerifiedCredentialCache cache = new VerifiedCredentialCache(slow);

    @Test
    void a_known_users_right_password_is_checked_the_expensive_way_once() {
        for (int i = 0; i < 100; i++) {
            assertThat(cache.matches("s3cret", "hash:s3cret")).isTrue();
        }

        assertThat(checks.get()).isEqualTo(1);
    }

    @Test
    void a_wrong_password_is_never_remembered_and_never_accepted() {
        cache.matches("s3cret", "hash:s3cret");

        for (int i = 0; i < 3; i++) {
            assertThat(cache.matches("guess", "hash:s3cret")).isFalse();
        }
        assertThat(checks.get()).isEqualTo(4);
    }

    @Test
    void a_changed_stored_hash_is_checked_afresh() {
        cache.matches("s3cret", "hash:s3cret");

        assertThat(cache.matches("s3cret", "hash:other")).isFalse();
        assertThat(checks.get()).isEqualTo(2);
    }
}
