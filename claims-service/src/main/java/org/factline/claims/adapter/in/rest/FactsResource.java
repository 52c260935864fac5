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
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factline.claims.domain.FactStatus;
import org.factline.claims.domain.FactView;
import org.factline.claims.domain.FactViews;

/** Internal API for api-gateway over the facts read model. Role: reader (enforced at the gateway). */
@Path("/internal/v1/facts")
@Produces(MediaType.APPLICATION_JSON)
public class FactsResource {

    private static final int MAX_LIMIT = 500;

    private final FactViews views;

    FactsResource(FactViews views) {
        this.views = views;
    }

    @GET
    @Operation(summary = "Search facts by predicate, subject text and status, newest first (role: reader)")
    public List<FactView> search(@QueryParam("predicate") String predicate, @QueryParam("subject") String subject,
                                 @QueryParam("status") String status, @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT);
        }
        return views.search(blankToNull(predicate), blankToNull(subject), status(status), limit);
    }

    @GET
    @Path("/{factKey}")
    @Operation(summary = "One fact by key, e.g. deaths:person (role: reader)")
    public FactView get(@PathParam("factKey") String factKey) {
        return views.find(factKey).orElseThrow(() -> new NotFoundException("no fact with key " + factKey));
    }

    private static FactStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return FactStatus.valueOf(status.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status must be one of single_source, corroborated, contested");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
