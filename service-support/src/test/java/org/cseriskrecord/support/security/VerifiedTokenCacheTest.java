package org.cseriskrecord.support.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13: a bearer token's signature is checked once per token, not once per request, while every validator
 * (issuer, expiry, not-before) still decides on every request. Real RS256 tokens and Spring's own Nimbus decoder.
 */
class VerifiedTokenCacheTest {

    private static final String ISSUER = "http://localhost:9000";
    private static final RSAKey KEY = newKey();

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T21:00:00Z"));
    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final AtomicInteger validations = new AtomicInteger();
    private final AtomicBoolean refuseEverything = new AtomicBoolean();
    private final OAuth2TokenValidator<Jwt> validator = validator();

    private VerifiedTokenCache cache(int maxEntries) {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(rsaPublicKey()).build();
        nimbus.setJwtValidator(validator);
        JwtDecoder counting = token -> {
            signatureChecks.incrementAndGet();
            return nimbus.decode(token);
        };
        return new VerifiedTokenCache(counting, validator, maxEntries, clock);
    }

    @Test
    void a_token_sent_again_is_verified_cryptographically_once() {
        var cache = cache(10);
        String token = token("practitioner", Duration.ofMinutes(5));

        Jwt first = cache.decode(token);
        for (int i = 0; i < 4; i++) {
            assertThat(cache.decode(token).getSubject()).isEqualTo("practitioner");
        }

        assertThat(first.getSubject()).isEqualTo("practitioner");
        assertThat(signatureChecks).hasValue(1);
        assertThat(validations).as("the validators still run on every request").hasValue(5);
    }

    @Test
    void a_remembered_token_is_refused_once_it_has_expired() {
        var cache = cache(10);
        String token = token("practitioner", Duration.ofMinutes(5));
        cache.decode(token);

        clock.advance(Duration.ofMinutes(5).plusSeconds(61)); // past the expiry and the validator's 60 s of skew

        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(JwtException.class)
                .hasMessageContaining("expired");
        assertThat(cache.size()).isZero();
    }

    @Test
    void a_remembered_token_meets_the_validators_on_every_use() {
        var cache = cache(10);
        String token = token("practitioner", Duration.ofMinutes(5));
        cache.decode(token);

        refuseEverything.set(true); // as if a validator's answer changed while the entry is still in the cache

        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(JwtException.class);
        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void a_token_that_is_not_yet_valid_is_refused_and_not_remembered() {
        var cache = cache(10);
        String early = token("practitioner", clock.instant().plus(Duration.ofMinutes(10)), Duration.ofMinutes(15));

        assertThatThrownBy(() -> cache.decode(early)).isInstanceOf(JwtException.class);
        assertThat(cache.size()).isZero();
    }

    @Test
    void a_different_token_is_verified_on_its_own() {
        var cache = cache(10);

        cache.decode(token("practitioner", Duration.ofMinutes(5)));
        Jwt other = cache.decode(token("manager", Duration.ofMinutes(5)));

        assertThat(other.getSubject()).isEqualTo("manager");
        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void a_token_with_a_changed_signature_is_refused_although_its_original_is_remembered() {
        var cache = cache(10);
        String token = token("practitioner", Duration.ofMinutes(5));
        cache.decode(token);
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? "BB" : "AA");

        assertThatThrownBy(() -> cache.decode(tampered)).isInstanceOf(JwtException.class);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void the_cache_stays_bounded_forgetting_the_least_recently_used_token() {
        var cache = cache(3);
        String first = token("user-0", Duration.ofMinutes(5));
        cache.decode(first);
        for (int i = 1; i < 10; i++) {
            cache.decode(token("user-" + i, Duration.ofMinutes(5)));
        }

        assertThat(cache.size()).isEqualTo(3);
        cache.decode(first);
        assertThat(signatureChecks).as("the first token was forgotten, so it is verified again").hasValue(11);
    }

    private String token(String subject, Duration lifetime) {
        return token(subject, clock.instant(), lifetime);
    }

    private String token(String subject, Instant notBefore, Duration lifetime) {
        try {
            var claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(subject)
                    .issueTime(Date.from(clock.instant())).notBeforeTime(Date.from(notBefore))
                    .expirationTime(Date.from(notBefore.plus(lifetime))).build();
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private OAuth2TokenValidator<Jwt> validator() {
        var timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        var checks = new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER));
        return jwt -> {
            validations.incrementAndGet();
            return refuseEverything.get()
                    ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "refused by the test", null))
                    : checks.validate(jwt);
        };
    }

    private static java.security.interfaces.RSAPublicKey rsaPublicKey() {
        try {
            return KEY.toRSAPublicKey();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
