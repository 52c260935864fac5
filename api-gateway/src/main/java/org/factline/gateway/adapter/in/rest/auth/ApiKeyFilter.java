package org.factline.gateway.adapter.in.rest.auth;

import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Optional;
import org.factline.gateway.application.ApiKeys;
import org.factline.gateway.application.Caller;
import org.factline.gateway.application.RateLimiter;
import org.factline.gateway.domain.Role;
import org.factline.support.rest.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Access control for every REST operation under {@code /api/}: a bearer API key (401 without or
 * with an unknown one), the role the operation states with {@link RequiresRole} (403 without it;
 * an operation stating none is refused), then the key's rate limit (429 with Retry-After). Health,
 * metrics and OpenAPI are not REST resources here and stay open.
 */
public class ApiKeyFilter {

    /** The OpenAPI security scheme every /api/ operation requires (declared on AdminKeysResource). */
    public static final String SCHEME = "apiKey";

    private final ApiKeys keys;
    private final RateLimiter limiter;

    ApiKeyFilter(ApiKeys keys, RateLimiter limiter) {
        this.keys = keys;
        this.limiter = limiter;
    }

    /** Key look-ups read MongoDB: on an event-loop thread (streaming endpoints) they move to a worker. */
    @ServerRequestFilter
    public Uni<Response> filter(ContainerRequestContext request, ResourceInfo resource) {
        Uni<Response> decision = Uni.createFrom().item(() -> authorize(request, resource).orElse(null));
        return BlockingOperationControl.isBlockingAllowed() ? decision
                : decision.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    Optional<Response> authorize(ContainerRequestContext request, ResourceInfo resource) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        Role required = required(resource);
        String token = bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            return Optional.of(unauthorized("send an API key as 'Authorization: Bearer <key>'"));
        }
        Optional<Caller> caller = keys.authenticate(token);
        if (caller.isEmpty()) {
            return Optional.of(unauthorized("the API key is unknown or revoked"));
        }
        Caller c = caller.get();
        if (required == null) {
            return Optional.of(Problem.of(403, "Forbidden", "this operation states no role; refused", null).toResponse());
        }
        if (!Role.grants(c.roles(), required)) {
            return Optional.of(Problem.of(403, "Forbidden",
                    "this operation needs the " + required.wire() + " role; key '" + c.name() + "' has "
                            + c.roles().stream().map(Role::wire).sorted().toList(), null).toResponse());
        }
        long wait = limiter.tryAcquire(c.keyId(), c.requestsPerMinute());
        if (wait > 0) {
            Response problem = Problem.of(429, "Too Many Requests",
                    "rate limit of this API key reached; retry in " + wait + " s", null).toResponse();
            return Optional.of(Response.fromResponse(problem).header("Retry-After", Long.toString(wait)).build());
        }
        request.setSecurityContext(new KeySecurityContext(c, request.getSecurityContext().isSecure()));
        return Optional.empty();
    }

    private static Role required(ResourceInfo resource) {
        Method m = resource.getResourceMethod();
        if (m == null) {
            return null;
        }
        RequiresRole r = m.getAnnotation(RequiresRole.class);
        if (r == null) {
            r = resource.getResourceClass().getAnnotation(RequiresRole.class);
        }
        return r == null ? null : r.value();
    }

    private static String bearer(String header) {
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    private static Response unauthorized(String detail) {
        Response problem = Problem.of(401, "Unauthorized", detail, null).toResponse();
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"factline\"").build();
    }

    /** The authenticated key as JAX-RS sees it: principal name = key name, roles = the key's roles. */
    record KeySecurityContext(Caller caller, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return Role.fromWire(role).map(r -> Role.grants(caller.roles(), r)).orElse(false);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
