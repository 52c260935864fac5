package org.factline.gateway.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Port: where the gateway reads facts from (claims-service). */
public interface FactQueries {

    JsonNode search(String predicate, String subject, String status, int limit);

    Optional<JsonNode> fact(String factKey);
}
