package org.factline.ingest.adapter.in.rest;

import jakarta.ws.rs.core.Response;
import org.factline.ingest.domain.RejectedSubmission;
import org.factline.support.rest.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused submission is a 400 problem listing every offending field. */
public class RejectedSubmissionMapper {

    @ServerExceptionMapper
    public Response rejected(RejectedSubmission e) {
        return Problem.of(400, "Invalid article", e.getMessage(),
                e.errors().stream().map(err -> new Problem.FieldProblem(err.field(), err.reason())).toList()).toResponse();
    }
}
