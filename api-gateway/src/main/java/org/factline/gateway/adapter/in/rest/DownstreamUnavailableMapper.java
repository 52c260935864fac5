package org.factline.gateway.adapter.in.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.factline.gateway.application.DownstreamProblem;
import org.factline.gateway.application.DownstreamUnavailable;
import org.factline.support.rest.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Downstream trouble (timeout, open circuit, refused connection) is a 503 that says when to retry;
 * a downstream refusal (400, 404, 409) passes through with its detail and field errors.
 */
public class DownstreamUnavailableMapper {

    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response unavailable(DownstreamUnavailable e) {
        return unavailable(e.getMessage());
    }

    @ServerExceptionMapper
    public Response faultTolerance(FaultToleranceException e) {
        // Timeouts and open circuits of claims-service and ingest-service alike.
        return unavailable("the service behind this operation did not answer in time or is failing ("
                + e.getClass().getSimpleName() + ")");
    }

    @ServerExceptionMapper
    public Response transport(jakarta.ws.rs.ProcessingException e) {
        return unavailable("claims-service is unreachable"); // only the claims REST client throws this
    }

    @ServerExceptionMapper
    public Response refused(DownstreamProblem e) {
        Response.StatusType status = Response.Status.fromStatusCode(e.status());
        List<Problem.FieldProblem> errors = new ArrayList<>();
        JsonNode downstream = e.errors();
        if (downstream != null && downstream.isArray()) {
            downstream.forEach(f -> errors.add(new Problem.FieldProblem(f.path("field").asText(), f.path("reason").asText())));
        }
        return Problem.of(e.status(), status == null ? "Error" : status.getReasonPhrase(), e.getMessage(), errors).toResponse();
    }

    static Response unavailable(String detail) {
        Response problem = Problem.of(503, "Service Unavailable", detail + "; retry in " + RETRY_AFTER_SECONDS + " s", null)
                .toResponse();
        return Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
