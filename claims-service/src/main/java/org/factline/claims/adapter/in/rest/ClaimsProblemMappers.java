package org.factline.claims.adapter.in.rest;

import jakarta.ws.rs.core.Response;
import org.factline.claims.domain.ConcurrencyConflict;
import org.factline.claims.domain.VerdictRejected;
import org.factline.support.rest.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** claims-service's own errors as problem+json; everything else goes through the shared ProblemMappers. */
public class ClaimsProblemMappers {

    @ServerExceptionMapper
    public Response verdictRejected(VerdictRejected e) {
        VerdictRejected.Reason reason = e.reason();
        if (reason == VerdictRejected.Reason.UNKNOWN_CONTRADICTION) {
            return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
        }
        if (reason == VerdictRejected.Reason.ALREADY_RESOLVED) {
            return Problem.of(Response.Status.CONFLICT, e.getMessage()).toResponse();
        }
        return Problem.of(Response.Status.BAD_REQUEST, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequest e) {
        return Problem.of(400, "Bad Request", e.getMessage(), e.problems()).toResponse();
    }

    @ServerExceptionMapper
    public Response busy(ConcurrencyConflict e) {
        // Five writers in a row beat this one to the fact: rare, and safe to retry.
        return Problem.of(Response.Status.CONFLICT, "the fact changed while deciding; retry the request").toResponse();
    }
}
