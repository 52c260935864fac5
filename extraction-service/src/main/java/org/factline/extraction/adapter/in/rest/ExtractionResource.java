package org.factline.extraction.adapter.in.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factline.extraction.domain.ExtractionLog;

/** Internal: what extraction did with an article. Role: reader. */
@Path("/extractions")
@Produces(MediaType.APPLICATION_JSON)
public class ExtractionResource {

    private final ExtractionLog log;

    ExtractionResource(ExtractionLog log) {
        this.log = log;
    }

    @GET
    @Path("/{articleId}")
    @Operation(summary = "Which claims an article yielded, by which extractor version (role: reader)")
    public ExtractionLog.Entry get(@PathParam("articleId") String articleId) {
        return log.find(articleId).orElseThrow(() -> new NotFoundException("article " + articleId + " has not been extracted"));
    }
}
