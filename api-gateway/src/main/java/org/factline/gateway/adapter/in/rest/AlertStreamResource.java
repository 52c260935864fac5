package org.factline.gateway.adapter.in.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.factline.gateway.adapter.in.rest.auth.ApiKeyFilter;
import org.factline.gateway.adapter.in.rest.auth.RequiresRole;
import org.factline.gateway.application.AlertFeed;
import org.factline.gateway.domain.AlertFilter;
import org.factline.gateway.domain.AlertLog;
import org.factline.gateway.domain.Role;

/**
 * Live contradiction alerts as Server-Sent Events. Each event's id is the alert's sequence
 * number, its name the event type, its data the event envelope. Reconnecting with
 * {@code Last-Event-ID} (or {@code ?after=}) first sends what was missed, then live alerts.
 */
@SecurityRequirement(name = ApiKeyFilter.SCHEME)
@Path("/api/v1/alerts")
@RequiresRole(Role.READER)
public class AlertStreamResource {

    private final AlertFeed feed;
    private final AlertLog log;

    AlertStreamResource(AlertFeed feed, AlertLog log) {
        this.feed = feed;
        this.log = log;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "Live contradiction alerts (SSE), filtered by factKey, predicate, subject, outlet and minSeverity; "
            + "resume with Last-Event-ID or after=<sequence> (role: reader)")
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String lastEventId, @QueryParam("after") String after,
                                          @QueryParam("factKey") String factKey, @QueryParam("predicate") String predicate,
                                          @QueryParam("subject") String subject, @QueryParam("outlet") String outlet,
                                          @QueryParam("minSeverity") String minSeverity, @Context Sse sse) {
        AlertFilter filter = AlertParameters.filter(factKey, predicate, subject, outlet, minSeverity);
        Long resumeFrom = AlertParameters.sequence("Last-Event-ID", lastEventId);
        if (resumeFrom == null) {
            resumeFrom = AlertParameters.sequence("after", after);
        }
        long start = resumeFrom != null ? resumeFrom : log.lastSequence();
        return feed.follow(start, filter).map(a -> sse.newEventBuilder()
                .id(Long.toString(a.sequence())).name(a.type()).data(a.event()).build());
    }
}
