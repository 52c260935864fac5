package org.factline.gateway.adapter.in.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.factline.gateway.adapter.in.rest.auth.ApiKeyFilter;
import org.factline.gateway.adapter.in.rest.auth.RequiresRole;
import org.factline.gateway.application.Caller;
import org.factline.gateway.application.ClaimReviews;
import org.factline.gateway.application.ContradictionQueries;
import org.factline.gateway.domain.Role;

/** Contradictions (reader) and verdicts (fact-checker), answered by claims-service. */
@SecurityRequirement(name = ApiKeyFilter.SCHEME)
@Path("/api/v1/contradictions")
@Produces(MediaType.APPLICATION_JSON)
public class ContradictionsResource {

    private final ContradictionQueries contradictions;
    private final ClaimReviews claimReviews;

    ContradictionsResource(ContradictionQueries contradictions, ClaimReviews claimReviews) {
        this.contradictions = contradictions;
        this.claimReviews = claimReviews;
    }

    @GET
    @Path("/{id}/claimreview")
    @Produces({"application/ld+json", MediaType.APPLICATION_JSON})
    @RequiresRole(Role.READER)
    @Operation(summary = "schema.org ClaimReview JSON-LD of a resolved verdict: the claim ruled against (False) and the "
            + "upheld one (True), with where each appeared; 409 while open or when not a contradiction (role: reader)")
    public JsonNode claimReview(@PathParam("id") String id) {
        return claimReviews.forContradiction(id);
    }

    @GET
    @RequiresRole(Role.READER)
    @Operation(summary = "Contradictions, newest first, filtered by status (open, resolved) and fact key (role: reader)")
    public JsonNode list(@QueryParam("status") String status, @QueryParam("factKey") String factKey,
                         @QueryParam("limit") @DefaultValue("50") int limit) {
        PageLimit.check(limit);
        ObjectNode page = JsonNodeFactory.instance.objectNode();
        page.set("items", contradictions.list(blankToNull(status), blankToNull(factKey), limit));
        return page;
    }

    @GET
    @Path("/{id}")
    @RequiresRole(Role.READER)
    @Operation(summary = "One contradiction: both claims, their sources, quotes, intervals, severity and verdict (role: reader)")
    public JsonNode get(@PathParam("id") String id) {
        return contradictions.get(id);
    }

    @POST
    @Path("/{id}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.FACT_CHECKER)
    @Operation(summary = "Record a verdict: {winningClaimId} or {notAContradiction: true}, with an optional note; the "
            + "reviewer is the API key's name (role: fact-checker)")
    public JsonNode verdict(@PathParam("id") String id, JsonNode body, @Context SecurityContext security) {
        if (body == null || !body.isObject()) {
            throw new BadRequestException("a verdict body is required: {\"winningClaimId\": ..., \"note\": ...} "
                    + "or {\"notAContradiction\": true, \"note\": ...}");
        }
        Caller caller = (Caller) security.getUserPrincipal();
        ObjectNode verdict = ((ObjectNode) body).deepCopy();
        verdict.put("reviewer", caller.name() + " (key " + caller.keyId() + ")");
        return contradictions.verdict(id, verdict);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
