package org.factline.claims.adapter.in.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factline.claims.application.FactHistory;
import org.factline.claims.application.RankFactValues;
import org.factline.claims.application.ReadFactDetail;
import org.factline.claims.domain.ClaimViews;
import org.factline.claims.domain.FactPage;
import org.factline.claims.domain.FactQuery;
import org.factline.claims.domain.FactStatus;
import org.factline.claims.domain.FactTimeline;
import org.factline.claims.domain.FactView;
import org.factline.claims.domain.FactViews;
import org.factline.contracts.value.FactKey;
import org.factline.support.rest.Problem;

/** Internal API for api-gateway over the facts read model and fact history. Role: reader (enforced at the gateway). */
@Path("/internal/v1/facts")
@Produces(MediaType.APPLICATION_JSON)
public class FactsResource {

    private static final int MAX_LIMIT = 500;

    private final FactViews views;
    private final FactHistory history;
    private final RankFactValues ranking;
    private final ClaimViews claims;
    private final ReadFactDetail detail;

    FactsResource(FactViews views, FactHistory history, RankFactValues ranking, ClaimViews claims, ReadFactDetail detail) {
        this.views = views;
        this.claims = claims;
        this.history = history;
        this.ranking = ranking;
        this.detail = detail;
    }

    @GET
    @Operation(summary = "Search facts by predicate, subject text, status, outlet (facts holding a claim from it) and "
            + "reference-time range (facts whose reference time overlaps [from, to); ISO dates cover their whole day), "
            + "in fact-key order: {items, next}; pass next back as cursor for the following page, null on the last. "
            + "A bad status, limit, from, to or cursor is a 400 naming the parameter (role: reader)")
    public FactSearchPage search(@QueryParam("predicate") String predicate, @QueryParam("subject") String subject,
                                 @QueryParam("status") String status, @QueryParam("outlet") String outlet,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam(FactCursor.PARAM) String cursor, @QueryParam("limit") @DefaultValue("50") int limit) {
        FactPage page = views.search(query(predicate, subject, status, outlet, from, to), FactCursor.decode(cursor),
                RequestParams.limit(limit, MAX_LIMIT));
        return new FactSearchPage(page.items(), FactCursor.encode(page.lastKey()));
    }

    private static FactQuery query(String predicate, String subject, String status, String outlet, String from, String to) {
        Instant start = RequestParams.rangeBound("from", from, false);
        Instant end = RequestParams.rangeBound("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidRequest(List.of(new Problem.FieldProblem("to", "must be after from")));
        }
        return new FactQuery(blankToNull(predicate), blankToNull(subject), status(status), blankToNull(outlet), start, end);
    }

    @GET
    @Path("/{factKey}/claims")
    @Operation(summary = "The fact's claims in arrival order: claimId, outlet, articleId, source url, quote, value, "
            + "reference time, attribution and status (active, stale, retracted, superseded); 404 for an unknown fact (role: reader)")
    public List<FactClaim> claims(@PathParam("factKey") String factKey) {
        String key = RequestParams.factKey(factKey).value();
        if (views.find(key).isEmpty()) {
            throw new NotFoundException("no fact with key " + factKey);
        }
        return FactClaim.ofAll(claims.ofFact(key));
    }

    @GET
    @Path("/{factKey}/detail")
    @Operation(summary = "The current fact (as GET /{factKey}, with rankedValues) together with its versions and claims "
            + "(as GET /{factKey}/versions and /{factKey}/claims), read in one request; 404 for an unknown fact (role: reader)")
    public FactDetail detail(@PathParam("factKey") String factKey) {
        return detail.read(RequestParams.factKey(factKey)).map(FactDetail::of)
                .orElseThrow(() -> new NotFoundException("no fact with key " + factKey));
    }

    @GET
    @Path("/{factKey}")
    @Operation(summary = "One fact by key, e.g. deaths:person; asOf (recorded instant) and at (reference date or instant) "
            + "travel back in time. The current fact also lists rankedValues: the values its standing claims assert, "
            + "most credible first by the reliability of the independent sources behind each (role: reader)")
    public RankedFact get(@PathParam("factKey") String factKey, @QueryParam("asOf") String asOf, @QueryParam("at") String at) {
        Instant recordedBy = RequestParams.instant("asOf", asOf);
        Instant referenceAt = RequestParams.referenceTime("at", at);
        if (recordedBy == null && referenceAt == null) {
            FactView view = views.find(factKey).orElseThrow(() -> new NotFoundException("no fact with key " + factKey));
            return new RankedFact(view, ranking.rank(view.factKey()));
        }
        FactKey key = RequestParams.factKey(factKey);
        return new RankedFact(history.view(key, recordedBy, referenceAt).orElseThrow(() ->
                new NotFoundException("fact " + factKey + " had no version " + describe(asOf, at))), null);
    }

    @GET
    @Path("/{factKey}/versions")
    @Operation(summary = "Every version of a fact, oldest first, with recorded time and store position (role: reader)")
    public List<FactTimeline.VersionEntry> versions(@PathParam("factKey") String factKey) {
        List<FactTimeline.VersionEntry> versions = history.versions(RequestParams.factKey(factKey));
        if (versions.isEmpty()) {
            throw new NotFoundException("no fact with key " + factKey);
        }
        return versions;
    }

    private static String describe(String asOf, String at) {
        return (asOf != null && !asOf.isBlank() ? "recorded by " + asOf.strip() : "")
                + (at != null && !at.isBlank() ? " holding at " + at.strip() : "");
    }

    private static FactStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return FactStatus.valueOf(status.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status must be one of single_source, corroborated, contested, resolved, withdrawn");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
