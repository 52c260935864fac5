package org.factline.gateway.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Port: where the gateway reads facts from (claims-service). Documents pass through as JSON. */
public interface FactQueries {

    /** One page, {@code {"items": [...], "next": cursor or null}}, in fact-key order. */
    JsonNode search(FactSearch search);

    /** The current fact with its {@code versions} and {@code claims} (as {@link #versions} and {@link #claims} answer them), in one read. */
    Optional<JsonNode> detail(String factKey);

    /** A fact as believed at a recorded time ({@code asOf}) and/or for a reference time ({@code at}). */
    JsonNode factAt(String factKey, String asOf, String at);

    JsonNode versions(String factKey);

    /** The fact's claims in arrival order, each with outlet, articleId, url, quote, value and status. */
    JsonNode claims(String factKey);
}
