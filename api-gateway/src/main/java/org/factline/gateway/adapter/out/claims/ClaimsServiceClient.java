package org.factline.gateway.adapter.out.claims;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * claims-service's internal API. Documents pass through as JSON: the gateway does not keep a
 * second copy of claims-service's read model classes. Null query parameters are left out.
 */
@RegisterRestClient(configKey = "claims-service")
@Path("/internal/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ClaimsServiceClient {

    @GET
    @Path("/facts")
    JsonNode search(@QueryParam("predicate") String predicate, @QueryParam("subject") String subject,
                    @QueryParam("status") String status, @QueryParam("outlet") String outlet,
                    @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("cursor") String cursor,
                    @QueryParam("limit") int limit);

    @GET
    @Path("/facts/{factKey}")
    JsonNode get(@PathParam("factKey") String factKey, @QueryParam("asOf") String asOf, @QueryParam("at") String at);

    @GET
    @Path("/facts/{factKey}/detail")
    JsonNode detail(@PathParam("factKey") String factKey);

    @GET
    @Path("/facts/{factKey}/versions")
    JsonNode versions(@PathParam("factKey") String factKey);

    @GET
    @Path("/facts/{factKey}/claims")
    JsonNode factClaims(@PathParam("factKey") String factKey);

    @GET
    @Path("/contradictions")
    JsonNode contradictions(@QueryParam("status") String status, @QueryParam("factKey") String factKey,
                            @QueryParam("limit") int limit);

    @GET
    @Path("/contradictions/{id}")
    JsonNode contradiction(@PathParam("id") String id);

    @POST
    @Path("/contradictions/{id}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode verdict(@PathParam("id") String id, JsonNode body);

    @GET
    @Path("/events")
    JsonNode events(@QueryParam("from") long from, @QueryParam("limit") int limit);

    @GET
    @Path("/sources")
    JsonNode sources();

    @GET
    @Path("/sources/{outlet}")
    JsonNode source(@PathParam("outlet") String outlet);

    @GET
    @Path("/articles/{articleId}/claims")
    JsonNode articleClaims(@PathParam("articleId") String articleId);
}
