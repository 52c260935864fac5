package org.factline.gateway.application;

import com.fasterxml.jackson.databind.JsonNode;

/** Port: contradictions and verdicts (claims-service). Refusals arrive as {@link DownstreamProblem}. */
public interface ContradictionQueries {

    JsonNode list(String status, String factKey, int limit);

    JsonNode get(String id);

    JsonNode verdict(String id, JsonNode body);
}
