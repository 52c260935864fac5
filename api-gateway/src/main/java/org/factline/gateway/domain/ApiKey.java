package org.factline.gateway.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A stored API key: never the key itself, only a salted SHA-256 of its secret. {@code opaque}
 * keys (the one given by {@code FACTLINE_ADMIN_KEY}) do not carry their id in the token and are
 * found by comparing hashes. {@code requestsPerMinute} null means the configured default.
 */
public record ApiKey(String id, String name, Set<Role> roles, String salt, String hash, boolean opaque,
                     Integer requestsPerMinute, Instant createdAt, Instant revokedAt) {

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean active() {
        return revokedAt == null;
    }

    public boolean matches(String secret) {
        return KeySecrets.matches(secret, salt, hash);
    }
}
