package org.factline.gateway.adapter.in.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factline.contracts.envelope.EventTypes;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.factline.gateway.adapter.in.rest.auth.ApiKeyFilter;
import org.factline.gateway.adapter.in.rest.auth.RequiresRole;
import org.factline.gateway.application.ReplayEvents;
import org.factline.gateway.domain.Role;

/** History replay for analysts: the ordered event history as NDJSON, streamed. */
@SecurityRequirement(name = ApiKeyFilter.SCHEME)
@Path("/api/v1/events")
@RequiresRole(Role.READER)
public class EventsResource {

    static final String NDJSON = "application/x-ndjson";

    private final ReplayEvents replay;

    EventsResource(ReplayEvents replay) {
        this.replay = replay;
    }

    @GET
    @Produces(NDJSON)
    @Operation(summary = "The ordered fact event history as NDJSON, one {position, recordedAt, event} per line; "
            + "from = a store position (exclusive) or an ISO-8601 instant; types = event types, comma-separated or "
            + "repeated (role: reader)")
    public Response events(@QueryParam("from") String from, @QueryParam("types") List<String> types) {
        ReplayEvents.Replay r = replay.start(from(from), types(types));
        StreamingOutput body = r::writeTo;
        return Response.ok(body, NDJSON).build();
    }

    private static ReplayEvents.From from(String from) {
        if (from == null || from.isBlank()) {
            return new ReplayEvents.From(0, null);
        }
        String f = from.strip();
        if (f.chars().allMatch(Character::isDigit) && f.length() <= 18) {
            return new ReplayEvents.From(Long.parseLong(f), null);
        }
        try {
            return new ReplayEvents.From(0, Instant.parse(f));
        } catch (DateTimeException e) {
            throw new BadRequestException("from must be a store position (0 or more) or an ISO-8601 instant such as "
                    + "2025-11-17T10:00:00Z");
        }
    }

    private static Set<String> types(List<String> types) {
        Set<String> out = new LinkedHashSet<>();
        if (types == null) {
            return out;
        }
        for (String t : types) {
            for (String one : t.split(",")) {
                String type = one.strip();
                if (type.isEmpty()) {
                    continue;
                }
                if (!EventTypes.all().contains(type)) {
                    throw new BadRequestException("types: unknown event type '" + type + "'; known: " + EventTypes.all());
                }
                out.add(type);
            }
        }
        return out;
    }
}
