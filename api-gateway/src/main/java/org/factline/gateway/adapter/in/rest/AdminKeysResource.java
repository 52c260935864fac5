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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.factline.gateway.adapter.in.rest.auth.ApiKeyFilter;
import org.factline.gateway.adapter.in.rest.auth.RequiresRole;
import org.factline.gateway.application.ApiKeys;
import org.factline.gateway.domain.ApiKey;
import org.factline.gateway.domain.Role;

/** API key administration. The key itself is shown once, when issued; only a salted hash is stored. */
@SecurityScheme(securitySchemeName = ApiKeyFilter.SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key from an admin (POST /api/v1/admin/keys), sent as 'Authorization: Bearer <key>'")
@SecurityRequirement(name = ApiKeyFilter.SCHEME)
@Path("/api/v1/admin/keys")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN)
public class AdminKeysResource {

    /** A key as listed: never its secret or hash. */
    public record KeyView(String id, String name, List<String> roles, Integer requestsPerMinute, Instant createdAt,
                          Instant revokedAt, boolean active) {
        static KeyView of(ApiKey k) {
            return new KeyView(k.id(), k.name(), k.roles().stream().map(Role::wire).sorted().toList(),
                    k.requestsPerMinute(), k.createdAt(), k.revokedAt(), k.active());
        }
    }

    /** The answer to an issue request: the only time {@code key} is shown. */
    public record IssuedKey(String id, String key, String name, List<String> roles, Integer requestsPerMinute,
                            Instant createdAt) {
    }

    private final ApiKeys keys;

    AdminKeysResource(ApiKeys keys) {
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an API key: {name, roles: [reader|fact-checker|ingester|admin], requestsPerMinute?}; "
            + "the key is in the answer and never again (role: admin)")
    public Response issue(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadRequestException("a body is required: {\"name\": ..., \"roles\": [\"reader\"]}");
        }
        JsonNode roles = body.path("roles");
        if (!roles.isArray()) {
            throw new BadRequestException("roles must be an array such as [\"reader\"]");
        }
        List<String> roleNames = new ArrayList<>();
        roles.forEach(r -> roleNames.add(r.isTextual() ? r.asText() : r.toString()));
        JsonNode rate = body.path("requestsPerMinute");
        if (!rate.isMissingNode() && !rate.isNull() && !(rate.isIntegralNumber() && rate.canConvertToInt())) {
            throw new BadRequestException("requestsPerMinute must be a whole number");
        }
        JsonNode name = body.path("name");
        ApiKeys.Issued issued = keys.issue(name.isTextual() ? name.asText() : null, roleNames,
                rate.isMissingNode() || rate.isNull() ? null : rate.asInt());
        ApiKey k = issued.key();
        return Response.created(URI.create("/api/v1/admin/keys/" + k.id()))
                .entity(new IssuedKey(k.id(), issued.token(), k.name(), KeyView.of(k).roles(), k.requestsPerMinute(),
                        k.createdAt()))
                .build();
    }

    @GET
    @Operation(summary = "Every API key, revoked ones included, without secrets (role: admin)")
    public List<KeyView> list() {
        return keys.all().stream().map(KeyView::of).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key; the last active admin key cannot be revoked (role: admin)")
    public Response revoke(@PathParam("id") String id) {
        keys.revoke(id);
        return Response.noContent().build();
    }
}
