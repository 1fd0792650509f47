package org.cseriskrecord.casekeys;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The store of per-case data keys, in its own database. A key is created with a case's first personal value,
 * kept wrapped by the {@link KeyEncryptionKey}, and destroyed by erasure, which leaves a tombstone so that it is
 * never re-created. Unwrapped keys are cached for a short time (loading a case reads many events); {@link #destroy}
 * evicts the local copy at once, other processes' copies expire within {@code cacheTtl}.
 */
public class CaseKeys {
    static final int CURRENT_VERSION = 1;
    private static final int CACHE_LIMIT = 10_000;

    private final JdbcClient jdbc;
    private final KeyEncryptionKey kek;
    private final Duration cacheTtl;
    private final Clock clock;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(CaseKey key, long expiresAtNanos) {
    }

    public CaseKeys(JdbcClient jdbc, KeyEncryptionKey kek, Duration cacheTtl, Clock clock) {
        this.jdbc = jdbc;
        this.kek = kek;
        this.cacheTtl = cacheTtl;
        this.clock = clock;
    }

    /** The case's key, created on first use. */
    public CaseKey obtain(String caseId) {
        var cached = cached(caseId);
        if (cached != null) {
            return cached;
        }
        try {
            var stored = load(caseId);
            if (stored.isPresent()) {
                return remember(stored.get().orElseThrow(() -> new CaseKeyDestroyedException(caseId)));
            }
            var secret = KeyEncryptionKey.newDataKey();
            jdbc.sql("insert into case_key (case_id, key_version, wrapped_key, created_at) values (?, ?, ?, ?) "
                            + "on conflict (case_id) do nothing")
                    .params(caseId, CURRENT_VERSION, kek.wrap(caseId, secret), Timestamp.from(clock.instant()))
                    .update();
            // Another process may have created it at the same moment: whichever row is stored is the key.
            return remember(load(caseId).orElseThrow().orElseThrow(() -> new CaseKeyDestroyedException(caseId)));
        } catch (DataAccessException e) {
            throw unavailable(e);
        }
    }

    /**
     * The case's key to read its encrypted values: empty once destroyed by erasure.
     *
     * @throws IllegalStateException if the store never had a key for the case (it is not the store the case's
     *                               events were written with)
     */
    public Optional<CaseKey> find(String caseId) {
        var cached = cached(caseId);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            return load(caseId)
                    .orElseThrow(() -> new IllegalStateException("The key store has no key for case " + caseId
                            + ", whose events are encrypted: is it the key store they were written with?"))
                    .map(this::remember);
        } catch (DataAccessException e) {
            throw unavailable(e);
        }
    }

    /** Whether the case's key was destroyed by erasure. */
    public boolean isDestroyed(String caseId) {
        try {
            return load(caseId).map(Optional::isEmpty).orElse(false);
        } catch (DataAccessException e) {
            throw unavailable(e);
        }
    }

    /**
     * Destroys the case's key for ever: every value encrypted with it becomes unreadable, wherever a copy is kept.
     * A case without a key gets a tombstone, so that no key is created for it later.
     */
    public void destroy(String caseId) {
        cache.remove(caseId);
        try {
            var now = Timestamp.from(clock.instant());
            jdbc.sql("insert into case_key (case_id, key_version, wrapped_key, created_at, destroyed_at) "
                            + "values (?, ?, null, ?, ?) on conflict (case_id) do update "
                            + "set wrapped_key = null, destroyed_at = coalesce(case_key.destroyed_at, excluded.destroyed_at)")
                    .params(caseId, CURRENT_VERSION, now, now)
                    .update();
        } catch (DataAccessException e) {
            throw unavailable(e);
        }
        cache.remove(caseId);
    }

    /** Forgets a locally cached key (another process destroyed it). */
    public void evict(String caseId) {
        cache.remove(caseId);
    }

    /** Row present: a key, or empty when destroyed. No row: empty outer optional. */
    private Optional<Optional<CaseKey>> load(String caseId) {
        return jdbc.sql("select key_version, wrapped_key from case_key where case_id = ?")
                .param(caseId)
                .query((rs, n) -> {
                    var wrapped = rs.getBytes("wrapped_key");
                    return wrapped == null ? Optional.<CaseKey>empty()
                            : Optional.of(new CaseKey(caseId, rs.getInt("key_version"), kek.unwrap(caseId, wrapped)));
                })
                .optional();
    }

    private CaseKey cached(String caseId) {
        var cached = cache.get(caseId);
        if (cached == null) {
            return null;
        }
        if (System.nanoTime() - cached.expiresAtNanos() > 0) {
            cache.remove(caseId, cached);
            return null;
        }
        return cached.key();
    }

    private CaseKey remember(CaseKey key) {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key.caseId(), new Cached(key, System.nanoTime() + cacheTtl.toNanos()));
        return key;
    }

    private static KeyStoreUnavailableException unavailable(DataAccessException e) {
        return new KeyStoreUnavailableException("The key store is unavailable", e);
    }
}
