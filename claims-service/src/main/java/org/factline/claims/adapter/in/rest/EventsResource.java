package org.factline.claims.adapter.in.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factline.claims.application.FactHistory;
import org.factline.claims.domain.StoredCommit;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.envelope.EventEnvelope;
import org.factline.contracts.event.FactlineEvent;

/**
 * The ordered replay feed: stored decisions after a position, each with its envelopes exactly as
 * stored (written by the contracts codec, not the REST mapper, so a replaying reader sees the same
 * JSON the relay published). Read the next page with {@code from} = the last position seen.
 */
@Path("/internal/v1/events")
public class EventsResource {

    private static final int MAX_LIMIT = 1000;

    /** One stored decision in the feed. */
    public record FeedCommit(long position, String factKey, long streamVersion, Instant recordedAt,
                             List<EventEnvelope<FactlineEvent>> events) {
    }

    private final FactHistory history;

    EventsResource(FactHistory history) {
        this.history = history;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stored fact decisions after position `from`, in position order, at most `limit` (role: reader)")
    public String feed(@QueryParam("from") @DefaultValue("0") String from, @QueryParam("limit") @DefaultValue("100") String limit) {
        long position = number("from", from);
        if (position < 0) {
            throw new BadRequestException("from must be a position, 0 or more");
        }
        List<StoredCommit> commits = history.feed(position, RequestParams.limit(
                (int) Math.max(0, Math.min(number("limit", limit), MAX_LIMIT + 1L)), MAX_LIMIT));
        List<FeedCommit> feed = commits.stream()
                .map(c -> new FeedCommit(c.position(), c.factKey(), c.streamVersion(), c.recordedAt(), c.events())).toList();
        try {
            return EventCodec.mapper().writeValueAsString(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("feed could not be written", e);
        }
    }

    /** Parsed here rather than by JAX-RS, which would answer a malformed number with a bare 404. */
    private static long number(String name, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number");
        }
    }
}
