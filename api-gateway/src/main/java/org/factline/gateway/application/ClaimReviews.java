package org.factline.gateway.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;

/**
 * schema.org ClaimReview JSON-LD for a resolved contradiction, ready for a fact-checker to
 * publish: the claim the reviewer ruled against rated False, the upheld one rated True, each with
 * the article it appeared in (by Factline article id and outlet) and the reviewer's note.
 */
@ApplicationScoped
public class ClaimReviews {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ContradictionQueries contradictions;

    ClaimReviews(ContradictionQueries contradictions) {
        this.contradictions = contradictions;
    }

    public ObjectNode forContradiction(String id) {
        JsonNode c = contradictions.get(id);
        if (!"RESOLVED".equalsIgnoreCase(c.path("status").asText())) {
            throw new ClientErrorException("contradiction " + id + " has no verdict yet; a ClaimReview needs one", 409);
        }
        if (!"CLAIM_UPHELD".equals(c.path("resolution").asText())) {
            throw new ClientErrorException("contradiction " + id + " was resolved as " + c.path("resolution").asText()
                    + ": no claim was ruled false, so there is no ClaimReview to publish", 409);
        }
        String winner = c.path("winningClaimId").asText();
        JsonNode existing = c.path("existing");
        JsonNode incoming = c.path("incoming");
        boolean existingWon = winner.equals(existing.path("claimId").asText());
        ArrayNode graph = JSON.arrayNode();
        graph.add(review(c, existingWon ? incoming : existing, false));
        graph.add(review(c, existingWon ? existing : incoming, true));
        ObjectNode doc = JSON.objectNode();
        doc.put("@context", "https://schema.org");
        doc.set("@graph", graph);
        return doc;
    }

    private static ObjectNode review(JsonNode c, JsonNode claim, boolean upheld) {
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
        ObjectNode appearance = item.putArray("appearance").addObject();
        appearance.put("@type", "CreativeWork");
        appearance.put("identifier", claim.path("articleId").asText(null));
        ObjectNode publisher = appearance.putObject("publisher");
        publisher.put("@type", "Organization");
        publisher.put("name", claim.path("outlet").asText(null));
        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        rating.put("ratingValue", upheld ? 5 : 1);
        rating.put("bestRating", 5);
        rating.put("worstRating", 1);
        rating.put("alternateName", upheld ? "True" : "False");
        return review;
    }
}
