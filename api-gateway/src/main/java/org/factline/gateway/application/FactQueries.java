package org.factline.gateway.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Port: where the gateway reads facts from (claims-service). Documents pass through as JSON. */
public interface FactQueries {

    JsonNode search(String predicate, String subject, String status, int limit);

    Optional<JsonNode> fact(String factKey);

    /** A fact as believed at a recorded time ({@code asOf}) and/or for a reference time ({@code at}). */
    JsonNode factAt(String factKey, String asOf, String at);

    JsonNode versions(String factKey);
}
