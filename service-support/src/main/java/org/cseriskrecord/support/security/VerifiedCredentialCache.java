package org.cseriskrecord.support.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * HTTP Basic sends the password with every request, and a BCrypt check costs ~80 ms of CPU: with it, sign-in would
 * dominate every API call. This encoder remembers, for the life of the process, which (stored hash, password) pairs
 * it has already verified, as a salted SHA-256 digest (never the password itself), so a known user's next request
 * costs a hash lookup instead of a BCrypt round. A wrong password is never remembered, and changing a user's stored
 * hash (a restart with new configuration) makes the old entries unreachable.
 */
public class VerifiedCredentialCache implements PasswordEncoder {

    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final byte[] salt = new byte[32];
    private final Set<String> verified = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > MAX_ENTRIES;
                }
            }));

    public VerifiedCredentialCache(PasswordEncoder delegate) {
        this.delegate = delegate;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String key = digest(rawPassword, encodedPassword);
        if (verified.contains(key)) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.add(key);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String digest(CharSequence rawPassword, String encodedPassword) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
