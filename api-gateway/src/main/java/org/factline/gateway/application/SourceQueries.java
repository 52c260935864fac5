package org.factline.gateway.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Port: per-outlet reliability figures from claims-service. */
public interface SourceQueries {

    /** Every outlet, most reliable first. */
    JsonNode sources();

    /** One outlet's figures, empty when claims-service knows no such outlet. */
    Optional<JsonNode> source(String outlet);
}
