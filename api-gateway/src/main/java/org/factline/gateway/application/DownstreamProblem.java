package org.factline.gateway.application;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * claims-service refused a request for the caller's reason (400, 404, 409): answered to the
 * caller with the same status and the downstream problem's detail and field errors.
 */
public class DownstreamProblem extends RuntimeException {

    private final int status;
    private final transient JsonNode errors;

    public DownstreamProblem(int status, String detail, JsonNode errors) {
        super(detail);
        this.status = status;
        this.errors = errors;
    }

    public int status() {
        return status;
    }

    /** The downstream problem's {@code errors} array, or null. */
    public JsonNode errors() {
        return errors;
    }
}
