package org.factline.gateway.adapter.in.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.factline.gateway.adapter.in.rest.auth.ApiKeyFilter;
import org.factline.gateway.adapter.in.rest.auth.RequiresRole;
import org.factline.gateway.application.FactQueries;
import org.factline.gateway.domain.Role;

/** Public facts API. Role: reader. */
@SecurityRequirement(name = ApiKeyFilter.SCHEME)
@Path("/api/v1/facts")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.READER)
public class FactsResource {

    private final FactQueries facts;

    FactsResource(FactQueries facts) {
        this.facts = facts;
    }

    @GET
    @Operation(summary = "Search facts (role: reader)",
            description = "Filters: predicate (count, deaths, ...), subject text, status (single_source, corroborated, contested, resolved).")
    public JsonNode search(@QueryParam("predicate") String predicate, @QueryParam("subject") String subject,
                           @QueryParam("status") String status, @QueryParam("limit") @DefaultValue("50") int limit) {
        PageLimit.check(limit);
        ObjectNode page = JsonNodeFactory.instance.objectNode();
        page.set("items", facts.search(predicate, subject, status, limit));
        return page;
    }

    @GET
    @Path("/{factKey}")
    @Operation(summary = "One fact by key, e.g. deaths:person; asOf (recorded instant) and at (reference date or instant) "
            + "travel back in time (role: reader)")
    public JsonNode get(@PathParam("factKey") String factKey, @QueryParam("asOf") String asOf, @QueryParam("at") String at) {
        if (blank(asOf) && blank(at)) {
            return facts.fact(factKey).orElseThrow(() -> new NotFoundException("no fact with key " + factKey));
        }
        return facts.factAt(factKey, blank(asOf) ? null : asOf.strip(), blank(at) ? null : at.strip());
    }

    @GET
    @Path("/{factKey}/versions")
    @Operation(summary = "Every version of a fact, oldest first, with recorded time and store position (role: reader)")
    public JsonNode versions(@PathParam("factKey") String factKey) {
        return facts.versions(factKey);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
