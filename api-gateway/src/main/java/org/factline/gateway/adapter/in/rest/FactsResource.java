package org.factline.gateway.adapter.in.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factline.gateway.application.FactQueries;

/** Public facts API. Role: reader. */
@Path("/api/v1/facts")
@Produces(MediaType.APPLICATION_JSON)
public class FactsResource {

    private final FactQueries facts;

    FactsResource(FactQueries facts) {
        this.facts = facts;
    }

    @GET
    @Operation(summary = "Search facts (role: reader)",
            description = "Filters: predicate (count, deaths, ...), subject text, status (single_source, corroborated, contested).")
    public JsonNode search(@QueryParam("predicate") String predicate, @QueryParam("subject") String subject,
                           @QueryParam("status") String status, @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new BadRequestException("limit must be between 1 and 500");
        }
        ObjectNode page = JsonNodeFactory.instance.objectNode();
        page.set("items", facts.search(predicate, subject, status, limit));
        return page;
    }

    @GET
    @Path("/{factKey}")
    @Operation(summary = "One fact by key, e.g. deaths:person (role: reader)")
    public JsonNode get(@PathParam("factKey") String factKey) {
        return facts.fact(factKey).orElseThrow(() -> new NotFoundException("no fact with key " + factKey));
    }
}
