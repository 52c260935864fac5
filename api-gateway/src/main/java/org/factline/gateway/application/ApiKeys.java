package org.factline.gateway.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factline.gateway.domain.ApiKey;
import org.factline.gateway.domain.ApiKeyStore;
import org.factline.gateway.domain.KeySecrets;
import org.factline.gateway.domain.Role;

/** Issuing, listing, revoking and checking API keys. */
@ApplicationScoped
public class ApiKeys {

    static final int MAX_NAME = 100;
    static final int MAX_PER_MINUTE = 1_000_000;

    private final ApiKeyStore store;
    private final RateLimiter limiter;

    ApiKeys(ApiKeyStore store, RateLimiter limiter) {
        this.store = store;
        this.limiter = limiter;
    }

    /** A new key and the one time its token is seen. */
    public record Issued(ApiKey key, String token) {
    }

    public Issued issue(String name, List<String> roleNames, Integer requestsPerMinute) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new BadRequestException("name is required, at most " + MAX_NAME + " characters");
        }
        if (roleNames == null || roleNames.isEmpty()) {
            throw new BadRequestException("roles is required: any of reader, fact-checker, ingester, admin");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : roleNames) {
            roles.add(Role.fromWire(r).orElseThrow(() ->
                    new BadRequestException("roles: unknown role '" + r + "'; use reader, fact-checker, ingester or admin")));
        }
        if (requestsPerMinute != null && (requestsPerMinute < 1 || requestsPerMinute > MAX_PER_MINUTE)) {
            throw new BadRequestException("requestsPerMinute must be between 1 and " + MAX_PER_MINUTE);
        }
        String id = KeySecrets.newId();
        String secret = KeySecrets.newSecret();
        String salt = KeySecrets.newSalt();
        ApiKey key = new ApiKey(id, name.strip(), roles, salt, KeySecrets.hash(secret, salt), false, requestsPerMinute,
                Instant.now(), null);
        store.insert(key);
        return new Issued(key, KeySecrets.token(id, secret));
    }

    /** Stores a key given from outside (FACTLINE_ADMIN_KEY); its token is the given text itself. */
    public ApiKey adopt(String token, String name, Set<Role> roles) {
        String salt = KeySecrets.newSalt();
        ApiKey key = new ApiKey(KeySecrets.newId(), name, roles, salt, KeySecrets.hash(token, salt), true, null,
                Instant.now(), null);
        store.insert(key);
        return key;
    }

    public List<ApiKey> all() {
        return store.all();
    }

    public boolean anyActiveAdmin() {
        return store.countActiveWithRole(Role.ADMIN) > 0;
    }

    public void revoke(String id) {
        ApiKey key = store.find(id).filter(ApiKey::active)
                .orElseThrow(() -> new NotFoundException("no active API key with id " + id));
        if (key.roles().contains(Role.ADMIN) && store.countActiveWithRole(Role.ADMIN) <= 1) {
            throw new ClientErrorException("key " + id + " is the last active admin key; issue another admin key first", 409);
        }
        store.revoke(id, Instant.now());
        limiter.forget(id);
    }

    /** The caller a bearer token belongs to, if it is an active key. */
    public Optional<Caller> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 512) {
            return Optional.empty();
        }
        Optional<ApiKey> found = KeySecrets.parse(token)
                .flatMap(t -> store.find(t.id()).filter(k -> !k.opaque() && k.matches(t.secret())));
        if (found.isEmpty()) {
            found = store.activeOpaque().stream().filter(k -> k.matches(token)).findFirst();
        }
        return found.filter(ApiKey::active).map(k -> new Caller(k.id(), k.name(), k.roles(), k.requestsPerMinute()));
    }
}
