package org.cseriskrecord.support.security;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A browser session sends the same bearer token with every request until it expires, and checking its RS256 signature
 * (with Nimbus's constant-time Base64) was the largest single cost of a command (docs/benchmarks.md, ~17 % of
 * command-service's CPU). This decoder remembers each token whose signature the delegate verified, keyed by the exact
 * token text, so a token is verified cryptographically once, not on every request.
 * <p>
 * What is remembered is only the signature check. The validators (issuer, expiry, not-before, and any other the
 * delegate was given) run again on every use, so a cached token that has expired is refused exactly as an uncached
 * one would be. An entry is never kept past the token's own expiry; a token without an expiry is not remembered at
 * all. At most {@code maxEntries} tokens are remembered, the least recently used forgotten first. Held in memory only.
 */
public class VerifiedTokenCache implements JwtDecoder {

    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    private final JwtDecoder delegate;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Clock clock;
    private final Map<String, Jwt> verified;

    /**
     * @param delegate  verifies the signature and runs {@code validator} itself (a token is remembered only after it
     *                  passed both)
     * @param validator the same checks the delegate runs, repeated on every use of a remembered token
     */
    public VerifiedTokenCache(JwtDecoder delegate, OAuth2TokenValidator<Jwt> validator, int maxEntries, Clock clock) {
        this.delegate = delegate;
        this.validator = validator;
        this.clock = clock;
        // Access-ordered, so the eldest entry is the least recently used; the lock is held for a map lookup only.
        this.verified = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt remembered = remembered(token);
        if (remembered != null) {
            OAuth2TokenValidatorResult result = validator.validate(remembered);
            if (result.hasErrors()) {
                forget(token);
                throw new JwtValidationException("The token is no longer valid: "
                        + result.getErrors().iterator().next().getDescription(), result.getErrors());
            }
            return remembered;
        }
        Jwt jwt = delegate.decode(token); // throws for a bad signature or a failed validator: nothing remembered
        if (jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt())) {
            synchronized (verified) {
                verified.put(token, jwt);
            }
        }
        return jwt;
    }

    /** How many tokens are remembered now (for tests and metrics). */
    public int size() {
        synchronized (verified) {
            return verified.size();
        }
    }

    private Jwt remembered(String token) {
        Instant now = clock.instant();
        synchronized (verified) {
            Jwt jwt = verified.get(token);
            if (jwt == null) {
                return null;
            }
            if (!now.isBefore(jwt.getExpiresAt())) { // never beyond the token's own expiry
                verified.remove(token);
                return null;
            }
            return jwt;
        }
    }

    private void forget(String token) {
        synchronized (verified) {
            verified.remove(token);
        }
    }
}
