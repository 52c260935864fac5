package org.factline.gateway.adapter.out.claims;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * claims-service's internal API. Fact documents pass through as JSON: the gateway does not keep a
 * second copy of claims-service's read model classes.
 */
@RegisterRestClient(configKey = "claims-service")
@Path("/internal/v1/facts")
@Produces(MediaType.APPLICATION_JSON)
public interface ClaimsServiceClient {

    @GET
    JsonNode search(@QueryParam("predicate") String predicate, @QueryParam("subject") String subject,
                    @QueryParam("status") String status, @QueryParam("limit") int limit);

    @GET
    @Path("/{factKey}")
    JsonNode get(@PathParam("factKey") String factKey);
}
