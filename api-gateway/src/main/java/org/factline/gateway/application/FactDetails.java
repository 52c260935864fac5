package org.factline.gateway.application;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** Empty for an unknown fact. One call to claims-service, which reads fact, versions and claims together. */
    public Optional<JsonNode> current(String factKey) {
        Optional<JsonNode> found = facts.detail(factKey);
        if (found.isEmpty() || !found.get().isObject()) {
            return found;
        }
        // The document was read for this request alone, so it is linked in place.
        for (JsonNode claim : found.get().path("claims")) {
            if (claim.isObject() && claim.hasNonNull("articleId")) {
                ((ObjectNode) claim).put("article", articleLink(claim.path("articleId").asText()));
            }
        }
        return found;
    }

    /** The public address of an article, {@code /api/v1/articles/{articleId}}. */
    public static String articleLink(String articleId) {
        return "/api/v1/articles/" + URLEncoder.encode(articleId, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
