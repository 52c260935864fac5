package org.factline.gateway.adapter.in.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.factline.gateway.adapter.in.rest.auth.ApiKeyFilter;
import org.factline.gateway.adapter.in.rest.auth.RequiresRole;
import org.factline.gateway.application.Caller;
import org.factline.gateway.application.Webhooks;
import org.factline.gateway.domain.AlertFilter;
import org.factline.gateway.domain.Role;
import org.factline.gateway.domain.Subscription;

/**
 * Webhook subscriptions: alerts POSTed to the subscriber's URL with an HMAC-SHA256 signature
 * ({@code X-Factline-Signature: sha256=<hex>}), retried with backoff; delivery status readable.
 */
@SecurityRequirement(name = ApiKeyFilter.SCHEME)
@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.READER)
public class SubscriptionsResource {

    /** A subscription and its delivery status; the secret only in the answer to its creation. */
    public record SubscriptionView(String id, String url, String secret, String factKey, String predicate, String subject,
                                   String outlet, Double minSeverity, Instant createdAt, long lastDeliveredSequence, long delivered, int failedAttempts,
                                   Instant lastAttemptAt, Integer lastStatus, String lastError) {
        static SubscriptionView of(Subscription s, boolean withSecret) {
            return new SubscriptionView(s.id(), s.url(), withSecret ? s.secret() : null, s.filter().factKey(),
                    s.filter().predicate(), s.filter().subject(), s.filter().outlet(), s.filter().minSeverity(), s.createdAt(), s.cursor(), s.delivered(),
                    s.failedAttempts(), s.lastAttemptAt(), s.lastStatus(), s.lastError());
        }
    }

    private final Webhooks webhooks;

    SubscriptionsResource(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a URL to alerts: {url, factKey?, predicate?, subject?, outlet?, minSeverity?}; the answer holds the "
            + "signing secret, shown once (role: reader)")
    public Response subscribe(JsonNode body, @Context SecurityContext security) {
        if (body == null || !body.isObject()) {
            throw new BadRequestException("a body is required: {\"url\": \"https://...\", \"minSeverity\": 0.5}");
        }
        JsonNode min = body.path("minSeverity");
        Double minSeverity = null;
        if (!min.isMissingNode() && !min.isNull()) {
            if (!min.isNumber() || min.asDouble() < 0 || min.asDouble() > 1) {
                throw new BadRequestException("minSeverity must be a number between 0 and 1");
            }
            minSeverity = min.asDouble();
        }
        AlertFilter filter = new AlertFilter(text(body, "factKey"), text(body, "predicate"), text(body, "subject"),
                text(body, "outlet"), minSeverity);
        Subscription s = webhooks.subscribe(caller(security), text(body, "url"), filter);
        return Response.created(URI.create("/api/v1/subscriptions/" + s.id())).entity(SubscriptionView.of(s, true)).build();
    }

    @GET
    @Operation(summary = "Your subscriptions with their delivery status; an admin sees all (role: reader)")
    public List<SubscriptionView> list(@Context SecurityContext security) {
        return webhooks.visibleTo(caller(security)).stream().map(s -> SubscriptionView.of(s, false)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of your subscriptions with its delivery status (role: reader)")
    public SubscriptionView get(@PathParam("id") String id, @Context SecurityContext security) {
        return SubscriptionView.of(webhooks.get(caller(security), id), false);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel one of your subscriptions (role: reader)")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        webhooks.unsubscribe(caller(security), id);
        return Response.noContent().build();
    }

    private static Caller caller(SecurityContext security) {
        return (Caller) security.getUserPrincipal();
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (!n.isTextual() || n.asText().length() > 2000) {
            throw new BadRequestException(field + " must be text");
        }
        return n.asText().isBlank() ? null : n.asText().strip();
    }
}
