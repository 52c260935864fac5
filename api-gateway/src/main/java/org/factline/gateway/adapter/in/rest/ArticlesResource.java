package org.factline.gateway.adapter.in.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.factline.gateway.adapter.in.rest.auth.ApiKeyFilter;
import org.factline.gateway.adapter.in.rest.auth.RequiresRole;
import org.factline.gateway.application.ArticleIntake;
import org.factline.gateway.application.Articles;
import org.factline.gateway.domain.Role;

/**
 * Articles, passed to ingest-service: its status codes and bodies (problem+json included) come
 * back unchanged; only its own failure becomes a 503. Request body limits: see {@link RequestBodyLimits}.
 */
@SecurityRequirement(name = ApiKeyFilter.SCHEME)
@Path("/api/v1/articles")
public class ArticlesResource {

    private static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Articles articles;

    ArticlesResource(Articles articles) {
        this.articles = articles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.INGESTER)
    @Operation(summary = "Ingest one article: {text | html, title, url, outlet, publishedAt, language, authors, tags}; "
            + "202 with its id and status accepted or duplicate, 400 problem naming the field (role: ingester)")
    public Response post(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) throws IOException {
        byte[] article = body.readAllBytes(); // bounded by the single-article body limit
        if (article.length == 0) {
            throw new BadRequestException("a JSON article is required");
        }
        return passOn(articles.submit(contentType, article));
    }

    @POST
    @Path("/batch")
    @Consumes({"application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN})
    @RequiresRole(Role.INGESTER)
    @Operation(summary = "Ingest many articles, one JSON object per line (NDJSON), streamed through to ingest-service; the "
            + "answer has one result per line (accepted, duplicate or rejected with the reason) and totals (role: ingester)")
    public Response batch(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return passOn(articles.submitBatch(contentType, body));
    }

    @GET
    @Path("/{id}")
    @RequiresRole(Role.READER)
    @Operation(summary = "An article as ingest-service stored it (status stored or published, near-duplicate link) with "
            + "the claims extracted from it, as claims-service knows them (role: reader)")
    public Response get(@PathParam("id") String id) {
        if (!ARTICLE_ID.matcher(id).matches()) {
            throw new BadRequestException("id must be an article id (letters, digits, '-' or '_', at most 64)");
        }
        return passOn(articles.status(id));
    }

    private static Response passOn(ArticleIntake.Reply reply) {
        StreamingOutput body = out -> {
            try (InputStream in = reply.body()) {
                in.transferTo(out);
            }
        };
        return Response.status(reply.status()).type(reply.contentType()).entity(body).build();
    }
}
