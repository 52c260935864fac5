package org.factline.gateway.application;

import com.fasterxml.jackson.databind.JsonNode;

/** Port: claims-service's ordered feed of stored decisions. */
public interface EventHistory {

    /** Stored commits after {@code from}, in position order, at most {@code limit}, as a JSON array. */
    JsonNode page(long from, int limit);
}
