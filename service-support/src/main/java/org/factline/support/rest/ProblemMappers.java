package org.factline.support.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error a Factline REST endpoint can raise into problem+json: client mistakes as 4xx
 * naming the field, anything unexpected as a 500 that leaks no internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json); // the framework wrapped a body it could not read
        }
        Response r = e.getResponse();
        Response.StatusType status = r.getStatusInfo();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? status.getReasonPhrase() : e.getMessage();
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail, null).toResponse();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        String field = fieldPath(e);
        return Problem.of(400, "Bad Request", "unknown field '" + field + "'",
                List.of(new Problem.FieldProblem(field, "is not a known field"))).toResponse();
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e) {
        if (String.valueOf(e.getOriginalMessage()).contains("Invalid UTF-8")) {
            return Problem.of(400, "Bad Request", "the body is not valid UTF-8", null).toResponse();
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = fieldPath(m);
            return Problem.of(400, "Bad Request", "field '" + field + "' has the wrong type or shape",
                    List.of(new Problem.FieldProblem(field, "has the wrong type or shape"))).toResponse();
        }
        return Problem.of(400, "Bad Request", "the body is not valid JSON: " + e.getOriginalMessage(), null).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected error serving a request", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "an unexpected error occurred; it has been logged").toResponse();
    }

    static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
