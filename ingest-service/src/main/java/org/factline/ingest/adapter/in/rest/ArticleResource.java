package org.factline.ingest.adapter.in.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factline.ingest.application.IngestArticle;
import org.factline.ingest.domain.ArticleStore;

/**
 * Internal intake API (the public door is api-gateway). Role: ingester. Thin: validation and
 * storage live in {@link IngestArticle}.
 */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final IngestArticle ingest;
    private final ArticleStore store;

    ArticleResource(IngestArticle ingest, ArticleStore store) {
        this.ingest = ingest;
        this.store = store;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest one article (role: ingester)",
            description = "202 with the id; status is 'accepted' or 'duplicate' (then the id is the first copy's); "
                    + "a near copy of an earlier article is accepted with nearDuplicateOf and similarity.")
    public Response post(ArticleRequest request) {
        if (request == null) {
            throw new jakarta.ws.rs.BadRequestException("a JSON body is required");
        }
        return Response.accepted(IngestResponse.of(ingest.ingest(request.toSubmission()))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A stored article and whether it has been published to Kafka (role: reader)")
    public ArticleView get(@PathParam("id") String id) {
        return store.find(id).map(ArticleView::of).orElseThrow(() -> new NotFoundException("no article with id " + id));
    }
}
