package org.factline.gateway.adapter.in.rest;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.factline.gateway.application.ClaimReviews;
import org.factline.gateway.application.FactDetails;
import org.factline.gateway.application.FactQueries;
import org.factline.gateway.application.FactSearch;
import org.factline.gateway.domain.Role;

/** Public facts API. Role: reader. */
@SecurityRequirement(name = ApiKeyFilter.SCHEME)
@Path("/api/v1/facts")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.READER)
public class FactsResource {

    private final FactQueries facts;
    private final FactDetails details;
    private final ClaimReviews claimReviews;

    FactsResource(FactQueries facts, FactDetails details, ClaimReviews claimReviews) {
        this.facts = facts;
        this.details = details;
        this.claimReviews = claimReviews;
    }

    @GET
    @Operation(summary = "Search facts (role: reader)",
            description = "Filters: predicate (count, deaths, ...), subject text, status (single_source, corroborated, "
                    + "contested, resolved, withdrawn), outlet (facts holding a claim from it), from/to (facts whose reference "
                    + "time overlaps [from, to); ISO date, covering its whole day, or instant). Answers {items, next} in "
                    + "fact-key order; pass next back as cursor for the following page (null on the last). A bad parameter "
                    + "is a 400 problem naming it.")
    public JsonNode search(@QueryParam("predicate") String predicate, @QueryParam("subject") String subject,
                           @QueryParam("status") String status, @QueryParam("outlet") String outlet,
                           @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("cursor") String cursor,
                           @QueryParam("limit") @DefaultValue("50") int limit) {
        PageLimit.check(limit);
        return facts.search(new FactSearch(blankToNull(predicate), blankToNull(subject), blankToNull(status),
                blankToNull(outlet), blankToNull(from), blankToNull(to), blankToNull(cursor), limit));
    }

    @GET
    @Path("/{factKey}")
    @Operation(summary = "One fact by key, e.g. deaths:person: now with its versions and its claims (quote, outlet, source "
            + "url and a link to the article); asOf (recorded instant) and at (reference date or instant) travel back in "
            + "time and answer the fact alone (role: reader)")
    public JsonNode get(@PathParam("factKey") String factKey, @QueryParam("asOf") String asOf, @QueryParam("at") String at) {
        if (blank(asOf) && blank(at)) {
            return details.current(factKey).orElseThrow(() -> new NotFoundException("no fact with key " + factKey));
        }
        return facts.factAt(factKey, blankToNull(asOf), blankToNull(at));
    }

    @GET
    @Path("/{factKey}/claimreview")
    @Produces({"application/ld+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "schema.org ClaimReview JSON-LD of the fact's resolved verdicts: per verdict the claim ruled "
            + "against (False) and the upheld one (True), each with every article asserting the same value; 404 when "
            + "no verdict of the fact ruled a claim false (role: reader)")
    public JsonNode claimReview(@PathParam("factKey") String factKey) {
        return claimReviews.forFact(factKey);
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

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
