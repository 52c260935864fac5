package org.factline.gateway.adapter.in.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factline.contracts.envelope.EventCodec;
import org.factline.gateway.domain.Alert;
import org.factline.gateway.domain.AlertLog;
import org.factline.gateway.domain.Role;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.factline.gateway.adapter.in.rest.auth.ApiKeyFilter;
import org.factline.gateway.adapter.in.rest.auth.RequiresRole;

/** Recent contradiction alerts, newest first, as the events themselves. Role: reader. */
@SecurityRequirement(name = ApiKeyFilter.SCHEME)
@Path("/api/v1/alerts/recent")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.READER)
public class AlertsResource {

    private final AlertLog log;

    AlertsResource(AlertLog log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "Recent contradiction events (role: reader)")
    public JsonNode recent(@QueryParam("limit") @DefaultValue("50") int limit) {
        PageLimit.check(limit);
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Alert a : log.recent(limit)) {
            out.add(readTree(a.event()));
        }
        return out;
    }

    private static JsonNode readTree(String json) {
        try {
            return EventCodec.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored alert is not JSON", e);
        }
    }
}
