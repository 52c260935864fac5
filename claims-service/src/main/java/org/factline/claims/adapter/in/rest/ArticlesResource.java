package org.factline.claims.adapter.in.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factline.claims.application.WithdrawArticleClaims;
import org.factline.claims.domain.ClaimView;
import org.factline.claims.domain.ClaimViews;
import org.factline.support.rest.Problem;

/** Internal API per article: its claims with their standing, and the retraction command. */
@Path("/internal/v1/articles/{articleId}")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    private static final int MAX_ARTICLE_ID = 200;
    private static final int MAX_REASON = 2000;

    /** Body of a retraction. */
    public record RetractionRequest(String reason) {
    }

    private final ClaimViews claims;
    private final WithdrawArticleClaims withdrawals;

    ArticlesResource(ClaimViews claims, WithdrawArticleClaims withdrawals) {
        this.claims = claims;
        this.withdrawals = withdrawals;
    }

    @GET
    @Path("/claims")
    @Operation(summary = "The article's claims in arrival order, each with its fact key, value, reference time, "
            + "attribution, provenance and status (active, stale, retracted, superseded); [] for an unknown article (role: reader)")
    public List<ClaimView> claims(@PathParam("articleId") String articleId) {
        return claims.ofArticle(articleId(articleId));
    }

    @POST
    @Path("/retraction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retract the article: its claims stop counting in every fact, contradictions they were a side of "
            + "are superseded; idempotent, the first reason stays (role: fact-checker)")
    public WithdrawArticleClaims.Outcome retract(@PathParam("articleId") String articleId, RetractionRequest body) {
        String id = articleId(articleId);
        if (body == null) {
            throw new BadRequestException("a retraction body is required: {\"reason\": ...}");
        }
        if (body.reason() == null || body.reason().isBlank()) {
            throw new InvalidRequest(List.of(new Problem.FieldProblem("reason", "is required")));
        }
        if (body.reason().length() > MAX_REASON) {
            throw new InvalidRequest(List.of(new Problem.FieldProblem("reason", "is longer than " + MAX_REASON + " characters")));
        }
        return withdrawals.retract(id, body.reason().strip());
    }

    private static String articleId(String articleId) {
        String id = articleId == null ? "" : articleId.strip();
        if (id.isEmpty() || id.length() > MAX_ARTICLE_ID) {
            throw new BadRequestException("articleId must be 1 to " + MAX_ARTICLE_ID + " characters");
        }
        return id;
    }
}
