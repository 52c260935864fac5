package org.factline.gateway.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.factline.gateway.config.GatewayConfig;

/**
 * Tokens this gateway verified a moment ago, so a busy key is not read from MongoDB and hashed on
 * every request (the profile of the fact look-up benchmark showed the key read as the gateway's
 * largest single cost). Only successful checks are kept, for {@code ttl}; a revoke on this
 * gateway forgets the key at once, one on another gateway instance takes effect within {@code ttl}.
 * Entries are keyed by a digest of the token, so the heap never holds a token. When full, the
 * cache starts over rather than tracking recency: verified keys are few and cheap to re-check.
 */
@ApplicationScoped
public class VerifiedKeys {

    private record Entry(Caller caller, long expiresAtNanos) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int capacity;
    private final LongSupplier nanoClock;

    @Inject
    VerifiedKeys(GatewayConfig config) {
        this(config.keys().cacheTtl(), config.keys().cacheSize(), System::nanoTime);
    }

    VerifiedKeys(Duration ttl, int capacity, LongSupplier nanoClock) {
        if (ttl.isNegative() || capacity < 1) {
            throw new IllegalArgumentException("key cache: ttl must not be negative and capacity must be positive");
        }
        this.ttlNanos = ttl.toNanos();
        this.capacity = capacity;
        this.nanoClock = nanoClock;
    }

    /** The caller of a token verified within the last {@code ttl}; empty when unknown, expired or caching is off. */
    public Optional<Caller> get(String token) {
        if (ttlNanos == 0) {
            return Optional.empty();
        }
        String digest = digest(token);
        Entry e = entries.get(digest);
        if (e == null) {
            return Optional.empty();
        }
        if (nanoClock.getAsLong() - e.expiresAtNanos() >= 0) {
            entries.remove(digest, e);
            return Optional.empty();
        }
        return Optional.of(e.caller());
    }

    public void put(String token, Caller caller) {
        if (ttlNanos == 0) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(digest(token), new Entry(caller, nanoClock.getAsLong() + ttlNanos));
    }

    /** Forgets every token of a key (after a revoke), so the next request reads the store again. */
    public void forget(String keyId) {
        entries.values().removeIf(e -> e.caller().keyId().equals(keyId));
    }

    int size() {
        return entries.size();
    }

    private static String digest(String token) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
