package org.factline.gateway.adapter.in.rest;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.factline.gateway.application.DownstreamUnavailable;
import org.factline.support.rest.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Downstream trouble (timeout, open circuit, refused connection) is a 503 that says when to retry. */
public class DownstreamUnavailableMapper {

    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response unavailable(DownstreamUnavailable e) {
        return unavailable(e.getMessage());
    }

    @ServerExceptionMapper
    public Response faultTolerance(FaultToleranceException e) {
        return unavailable("claims-service did not answer in time");
    }

    @ServerExceptionMapper
    public Response transport(jakarta.ws.rs.ProcessingException e) {
        return unavailable("claims-service is unreachable");
    }

    private static Response unavailable(String detail) {
        Response problem = Problem.of(503, "Service Unavailable", detail + "; retry in " + RETRY_AFTER_SECONDS + " s", null)
                .toResponse();
        return Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
