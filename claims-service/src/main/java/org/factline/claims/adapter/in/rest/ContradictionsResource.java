package org.factline.claims.adapter.in.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factline.claims.application.RecordVerdict;
import org.factline.claims.domain.ContradictionStatus;
import org.factline.claims.domain.ContradictionView;
import org.factline.claims.domain.ContradictionViews;
import org.factline.claims.domain.FactCommand;
import org.factline.claims.domain.StoredCommit;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.event.FactlineEvent;
import org.factline.support.rest.Problem;

/** Internal API over the contradictions read model, and the verdict command. */
@Path("/internal/v1/contradictions")
@Produces(MediaType.APPLICATION_JSON)
public class ContradictionsResource {

    private static final int MAX_LIMIT = 500;
    private static final int MAX_NOTE = 2000;
    private static final int MAX_REVIEWER = 200;

    private final ContradictionViews views;
    private final RecordVerdict recordVerdict;

    ContradictionsResource(ContradictionViews views, RecordVerdict recordVerdict) {
        this.views = views;
        this.recordVerdict = recordVerdict;
    }

    @GET
    @Operation(summary = "Contradictions, newest first, filtered by status (open, resolved, superseded) and fact key (role: reader)")
    public List<ContradictionView> list(@QueryParam("status") String status, @QueryParam("factKey") String factKey,
                                        @QueryParam("limit") @DefaultValue("50") int limit) {
        String key = factKey == null || factKey.isBlank() ? null : RequestParams.factKey(factKey.strip()).value();
        return views.list(status(status), key, RequestParams.limit(limit, MAX_LIMIT));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One contradiction: both claims, their sources, quotes, intervals, severity and verdict (role: reader)")
    public ContradictionView get(@PathParam("id") String id) {
        return views.find(id).orElseThrow(() -> new NotFoundException("no contradiction with id " + id));
    }

    @POST
    @Path("/{id}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a verdict: which claim is right, or not a contradiction (role: fact-checker)")
    public VerdictResponse verdict(@PathParam("id") String id, VerdictRequest body) {
        validate(body);
        boolean notAContradiction = Boolean.TRUE.equals(body.notAContradiction());
        StoredCommit commit = recordVerdict.handle(new FactCommand.RecordVerdict(id, blankToNull(body.winningClaimId()),
                notAContradiction, body.reviewer().strip(), blankToNull(body.note())));
        ContradictionResolved resolved = null;
        long version = 0;
        for (FactlineEvent e : commit.data()) {
            if (e instanceof ContradictionResolved r) {
                resolved = r;
            } else if (e instanceof FactVersioned v) {
                version = v.version();
            }
        }
        if (resolved == null) {
            throw new IllegalStateException("a stored verdict must contain its resolution");
        }
        return new VerdictResponse(id, commit.factKey(), resolved.resolution(), resolved.winningClaimId(), version,
                commit.position());
    }

    private static void validate(VerdictRequest body) {
        if (body == null) {
            throw new BadRequestException("a verdict body is required: {\"winningClaimId\": ..., \"reviewer\": ..., \"note\": ...}");
        }
        List<Problem.FieldProblem> problems = new ArrayList<>();
        if (body.reviewer() == null || body.reviewer().isBlank()) {
            problems.add(new Problem.FieldProblem("reviewer", "is required"));
        } else if (body.reviewer().length() > MAX_REVIEWER) {
            problems.add(new Problem.FieldProblem("reviewer", "is longer than " + MAX_REVIEWER + " characters"));
        }
        if (body.note() != null && body.note().length() > MAX_NOTE) {
            problems.add(new Problem.FieldProblem("note", "is longer than " + MAX_NOTE + " characters"));
        }
        boolean namesWinner = blankToNull(body.winningClaimId()) != null;
        if (namesWinner == Boolean.TRUE.equals(body.notAContradiction())) {
            problems.add(new Problem.FieldProblem("winningClaimId",
                    "give either winningClaimId or notAContradiction=true, not both and not neither"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    private static ContradictionStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ContradictionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status must be one of open, resolved, superseded");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
