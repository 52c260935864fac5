package org.factline.gateway.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where API keys (hashed) are kept. */
public interface ApiKeyStore {

    void insert(ApiKey key);

    Optional<ApiKey> find(String id);

    /** Keys whose token does not name their id; in practice at most the bootstrap admin key. */
    List<ApiKey> activeOpaque();

    /** Every key, revoked ones included, oldest first. */
    List<ApiKey> all();

    /** @return false when there is no such key */
    boolean revoke(String id, Instant at);

    long countActiveWithRole(Role role);
}
