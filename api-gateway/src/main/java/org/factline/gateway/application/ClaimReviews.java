package org.factline.gateway.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

/**
 * schema.org ClaimReview JSON-LD for a resolved contradiction, or for every resolved contradiction
 * of a fact, ready for a fact-checker to publish: the claim the reviewer ruled against rated False,
 * the upheld one rated True, each with the articles it appeared in (by Factline article id, outlet
 * and, where known, source url) and the reviewer's note.
 */
@ApplicationScoped
public class ClaimReviews {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** More verdicts than one fact ever gets; the list endpoint's maximum page. */
    private static final int RESOLVED_PER_FACT = 500;

    private final ContradictionQueries contradictions;
    private final FactQueries facts;

    ClaimReviews(ContradictionQueries contradictions, FactQueries facts) {
        this.contradictions = contradictions;
        this.facts = facts;
    }

    public ObjectNode forContradiction(String id) {
        JsonNode c = contradictions.get(id);
        if (!"RESOLVED".equalsIgnoreCase(c.path("status").asText())) {
            throw new ClientErrorException("contradiction " + id + " has no verdict yet; a ClaimReview needs one", 409);
        }
        if (!upheldAClaim(c)) {
            throw new ClientErrorException("contradiction " + id + " was resolved as " + c.path("resolution").asText()
                    + ": no claim was ruled false, so there is no ClaimReview to publish", 409);
        }
        ArrayNode graph = JSON.arrayNode();
        addReviews(graph, c, null);
        return document(graph);
    }

    /**
     * The reviews of every verdict that upheld a claim of the fact, each claim listed with all its
     * appearances: every article in which the fact's claims assert the same value. 404 when no
     * verdict of the fact ruled a claim false.
     */
    public ObjectNode forFact(String factKey) {
        ArrayNode graph = JSON.arrayNode();
        JsonNode claims = null;
        for (JsonNode c : contradictions.list("resolved", factKey, RESOLVED_PER_FACT)) {
            if (upheldAClaim(c)) {
                claims = claims == null ? facts.claims(factKey) : claims;
                addReviews(graph, c, claims);
            }
        }
        if (graph.isEmpty()) {
            throw new NotFoundException("fact " + factKey + " has no resolved verdict that ruled a claim false: no ClaimReview to publish");
        }
        return document(graph);
    }

    private static boolean upheldAClaim(JsonNode c) {
        return "RESOLVED".equalsIgnoreCase(c.path("status").asText()) && "CLAIM_UPHELD".equals(c.path("resolution").asText());
    }

    /** The ruled-against claim (False) and the upheld one (True); {@code factClaims} null: each claim's own article only. */
    private static void addReviews(ArrayNode graph, JsonNode c, JsonNode factClaims) {
        String winner = c.path("winningClaimId").asText();
        JsonNode existing = c.path("existing");
        JsonNode incoming = c.path("incoming");
        boolean existingWon = winner.equals(existing.path("claimId").asText());
        JsonNode loser = existingWon ? incoming : existing;
        JsonNode upheld = existingWon ? existing : incoming;
        graph.add(review(c, loser, false, appearances(loser, factClaims)));
        graph.add(review(c, upheld, true, appearances(upheld, factClaims)));
    }

    private static ObjectNode document(ArrayNode graph) {
        ObjectNode doc = JSON.objectNode();
        doc.put("@context", "https://schema.org");
        doc.set("@graph", graph);
        return doc;
    }

    private static ArrayNode appearances(JsonNode claim, JsonNode factClaims) {
        ArrayNode out = JSON.arrayNode();
        out.add(appearance(claim.path("articleId").asText(null), claim.path("outlet").asText(null), urlOf(claim, factClaims)));
        if (factClaims == null || !claim.has("value")) {
            return out;
        }
        for (JsonNode other : factClaims) {
            boolean sameClaim = other.path("claimId").asText().equals(claim.path("claimId").asText());
            if (!sameClaim && claim.get("value").equals(other.get("value")) && stands(other)) {
                out.add(appearance(other.path("articleId").asText(null), other.path("outlet").asText(null),
                        other.path("url").asText(null)));
            }
        }
        return out;
    }

    private static boolean stands(JsonNode claim) {
        String status = claim.path("status").asText();
        return status.equals("active") || status.equals("stale");
    }

    private static String urlOf(JsonNode claim, JsonNode factClaims) {
        if (factClaims != null) {
            for (JsonNode c : factClaims) {
                if (c.path("claimId").asText().equals(claim.path("claimId").asText())) {
                    return c.path("url").asText(null);
                }
            }
        }
        return null;
    }

    private static ObjectNode appearance(String articleId, String outlet, String url) {
        ObjectNode appearance = JSON.objectNode();
        appearance.put("@type", "CreativeWork");
        appearance.put("identifier", articleId);
        if (url != null) {
            appearance.put("url", url);
        }
        ObjectNode publisher = appearance.putObject("publisher");
        publisher.put("@type", "Organization");
        publisher.put("name", outlet);
        return appearance;
    }

    private static ObjectNode review(JsonNode c, JsonNode claim, boolean upheld, ArrayNode appearances) {
        ObjectNode review = JSON.objectNode();
        review.put("@type", "ClaimReview");
        review.put("identifier", c.path("contradictionId").asText() + "/" + claim.path("claimId").asText());
        review.put("datePublished", c.path("resolvedAt").asText(null));
        review.put("claimReviewed", claim.path("quote").asText(null));
        if (c.hasNonNull("note")) {
            review.put("reviewBody", c.path("note").asText());
        }
        ObjectNode author = review.putObject("author");
        author.put("@type", "Person");
        author.put("name", c.path("reviewer").asText(null));
        ObjectNode item = review.putObject("itemReviewed");
        item.put("@type", "Claim");
        item.put("about", c.path("factKey").asText(null));
        item.set("appearance", appearances);
        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        rating.put("ratingValue", upheld ? 5 : 1);
        rating.put("bestRating", 5);
        rating.put("worstRating", 1);
        rating.put("alternateName", upheld ? "True" : "False");
        return review;
    }
}
