package org.factline.gateway.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.factline.gateway.domain.Role;

/**
 * Whether a bearer token may call an operation needing a role: the one decision behind the REST
 * filter and the WebSocket handshake, so both refuse alike. In order: no or unknown key (401), an
 * operation stating no role (403, fail closed), the wrong role (403), the key's rate limit (429).
 */
@ApplicationScoped
public class Admission {

    private final ApiKeys keys;
    private final RateLimiter limiter;

    Admission(ApiKeys keys, RateLimiter limiter) {
        this.keys = keys;
        this.limiter = limiter;
    }

    /** Admitted ({@code caller} set, {@code status} 0) or refused with an HTTP status, a detail and, for 429, seconds to wait. */
    public record Decision(Caller caller, int status, String detail, long retryAfterSeconds) {

        public boolean admitted() {
            return status == 0;
        }

        static Decision refuse(int status, String detail) {
            return new Decision(null, status, detail, 0);
        }
    }

    /**
     * @param token    the bearer token, null when none was sent
     * @param required the role the operation states, null when it states none
     */
    public Decision admit(String token, Role required) {
        if (token == null || token.isBlank()) {
            return Decision.refuse(401, "send an API key as 'Authorization: Bearer <key>'");
        }
        Optional<Caller> caller = keys.authenticate(token);
        if (caller.isEmpty()) {
            return Decision.refuse(401, "the API key is unknown or revoked");
        }
        Caller c = caller.get();
        if (required == null) {
            return Decision.refuse(403, "this operation states no role; refused");
        }
        if (!Role.grants(c.roles(), required)) {
            return Decision.refuse(403, "this operation needs the " + required.wire() + " role; key '" + c.name() + "' has "
                    + c.roles().stream().map(Role::wire).sorted().toList());
        }
        long wait = limiter.tryAcquire(c.keyId(), c.requestsPerMinute());
        if (wait > 0) {
            return new Decision(null, 429, "rate limit of this API key reached; retry in " + wait + " s", wait);
        }
        return new Decision(c, 0, null, 0);
    }
}
