package org.cseriskrecord.casekeys;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Where the per-case keys are kept ({@code cse.keys.*}): their own PostgreSQL database, and the file holding the
 * key-encryption key ({@code CSE_KEYS_KEK_FILE} in the environment).
 *
 * @param url               JDBC URL of the key database, e.g. {@code jdbc:postgresql://localhost:5432/cse_keys}
 * @param kekFile           file holding the base64 256-bit key-encryption key
 * @param cacheTtl          how long an unwrapped key may be reused without asking the store again
 * @param connectionTimeout how long a request waits for the key store before it is refused as unavailable
 * @param migrate           whether this service applies the key database's migrations (the command service does)
 */
@ConfigurationProperties("cse.keys")
public record CaseKeysProperties(String url, String username, String password, String kekFile, Duration cacheTtl,
                                 Duration connectionTimeout, Boolean migrate) {
    public CaseKeysProperties {
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(60) : cacheTtl;
        connectionTimeout = connectionTimeout == null ? Duration.ofSeconds(3) : connectionTimeout;
        migrate = migrate == null || migrate;
    }
}
