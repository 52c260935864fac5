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
import org.factline.gateway.application.Admission;
import org.factline.gateway.application.Caller;
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

    private final Admission admission;

    ApiKeyFilter(Admission admission) {
        this.admission = admission;
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
        Admission.Decision d = admission.admit(bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION)), required(resource));
        if (d.admitted()) {
            request.setSecurityContext(new KeySecurityContext(d.caller(), request.getSecurityContext().isSecure()));
            return Optional.empty();
        }
        Response problem = Problem.of(d.status(), d.status() == 401 ? "Unauthorized"
                : d.status() == 429 ? "Too Many Requests" : "Forbidden", d.detail(), null).toResponse();
        if (d.status() == 401) {
            return Optional.of(Response.fromResponse(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"factline\"").build());
        }
        if (d.status() == 429) {
            return Optional.of(Response.fromResponse(problem)
                    .header("Retry-After", Long.toString(d.retryAfterSeconds())).build());
        }
        return Optional.of(problem);
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

    /** The token of an {@code Authorization: Bearer <token>} header, null when there is none. */
    public static String bearer(String header) {
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
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
