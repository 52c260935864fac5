package org.factline.gateway.adapter.in.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.factline.gateway.adapter.in.rest.auth.ApiKeyFilter;
import org.factline.gateway.adapter.in.rest.auth.RequiresRole;
import org.factline.gateway.application.SourceQueries;
import org.factline.gateway.domain.Role;

/** Outlets and their reliability figures, answered by claims-service. Role: reader. */
@SecurityRequirement(name = ApiKeyFilter.SCHEME)
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.READER)
public class SourcesResource {

    private static final int MAX_OUTLET = 200;

    private final SourceQueries sources;

    SourcesResource(SourceQueries sources) {
        this.sources = sources;
    }

    @GET
    @Operation(summary = "Every outlet, most reliable first, with claims, corroborated, contradicted, verdictsWon, "
            + "verdictsLost and reliability (role: reader)")
    public JsonNode list() {
        ObjectNode page = JsonNodeFactory.instance.objectNode();
        page.set("items", sources.sources());
        return page;
    }

    @GET
    @Path("/{outlet}")
    @Operation(summary = "One outlet's reliability figures; 404 when no claim from it is known (role: reader)")
    public JsonNode get(@PathParam("outlet") String outlet) {
        if (outlet.isBlank() || outlet.length() > MAX_OUTLET) {
            throw new BadRequestException("outlet must be 1 to " + MAX_OUTLET + " characters");
        }
        return sources.source(outlet).orElseThrow(() -> new NotFoundException("no source named " + outlet));
    }
}
