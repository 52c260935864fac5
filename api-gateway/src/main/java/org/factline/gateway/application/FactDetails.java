package org.factline.gateway.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The current fact as the public API shows it: claims-service's fact with its {@code versions} and
 * its {@code claims}, each claim linked to its article on this API ({@code article}) beside the
 * source {@code url}, so a reader can follow every quote to where it was said.
 */
@ApplicationScoped
public class FactDetails {

    private final FactQueries facts;

    FactDetails(FactQueries facts) {
        this.facts = facts;
    }

    /** Empty for an unknown fact. */
    public Optional<JsonNode> current(String factKey) {
        Optional<JsonNode> found = facts.fact(factKey);
        if (found.isEmpty() || !found.get().isObject()) {
            return found;
        }
        ObjectNode fact = ((ObjectNode) found.get()).deepCopy();
        fact.set("versions", facts.versions(factKey));
        ArrayNode claims = JsonNodeFactory.instance.arrayNode();
        for (JsonNode claim : facts.claims(factKey)) {
            ObjectNode linked = claim.deepCopy();
            if (claim.hasNonNull("articleId")) {
                linked.put("article", articleLink(claim.path("articleId").asText()));
            }
            claims.add(linked);
        }
        fact.set("claims", claims);
        return Optional.of(fact);
    }

    /** The public address of an article, {@code /api/v1/articles/{articleId}}. */
    public static String articleLink(String articleId) {
        return "/api/v1/articles/" + URLEncoder.encode(articleId, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
