package org.factline.ingest.adapter.in.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factline.ingest.application.RegisterFeed;
import org.factline.ingest.domain.feed.Feed;
import org.factline.ingest.domain.feed.FeedPorts;

/** RSS and Atom feeds polled for new articles. Role: ingester (register, delete), reader (status). */
@Path("/feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    /** Body of {@code POST /feeds}: pollInterval as ISO-8601 ("PT5M") or seconds ("300"). */
    public record FeedRequest(String url, String pollInterval) {
    }

    /** A feed's status as clients see it. */
    public record FeedView(String id, String url, long pollIntervalSeconds, String status, int consecutiveFailures,
                           String lastError, Instant lastPolledAt, Instant nextPollAt, long itemsIngested,
                           long itemsRejected, long notModified) {

        static FeedView of(Feed f) {
            return new FeedView(f.id(), f.url(), f.pollInterval().toSeconds(), f.status(), f.consecutiveFailures(),
                    f.lastError(), f.lastPolledAt(), f.nextPollAt(), f.itemsIngested(), f.itemsRejected(), f.notModified());
        }
    }

    private final RegisterFeed register;
    private final FeedPorts.Store feeds;
    FeedResource(RegisterFeed register, FeedPorts.Store feeds) {
        this.register = register;
        this.feeds = feeds;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an RSS or Atom feed (role: ingester)",
            description = "201 for a new feed, 200 when the URL is already registered; the first poll starts at once.")
    public Response register(FeedRequest request) {
        if (request == null) {
            throw new BadRequestException("a JSON body with url and pollInterval is required");
        }
        RegisterFeed.Registered r = register.register(request.url(), interval(request.pollInterval()));
        return Response.status(r.created() ? 201 : 200).entity(FeedView.of(r.feed())).build();
    }

    @GET
    @Operation(summary = "All feeds with their polling status (role: reader)")
    public List<FeedView> list() {
        return feeds.all().stream().map(FeedView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One feed's polling status: failures back off and show here (role: reader)")
    public FeedView get(@PathParam("id") String id) {
        return feeds.find(id).map(FeedView::of).orElseThrow(() -> new NotFoundException("no feed with id " + id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop polling a feed (role: ingester)")
    public Response delete(@PathParam("id") String id) {
        if (!feeds.delete(id)) {
            throw new NotFoundException("no feed with id " + id);
        }
        return Response.noContent().build();
    }

    private static Duration interval(String text) {
        if (text == null || text.isBlank()) {
            return Duration.ofMinutes(15);
        }
        try {
            return text.strip().matches("\\d+") ? Duration.ofSeconds(Long.parseLong(text.strip())) : Duration.parse(text.strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new org.factline.ingest.domain.RejectedSubmission(List.of(new org.factline.ingest.domain.FieldError(
                    "pollInterval", "must be ISO-8601 (PT5M) or a number of seconds")));
        }
    }
}
