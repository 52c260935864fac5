package org.factline.claims.adapter.in.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factline.claims.domain.SourceView;
import org.factline.claims.domain.SourceViews;

/** Internal API over the sources read model: per outlet, how its claims fared and the reliability learned from it. */
@Path("/internal/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {

    private final SourceViews sources;

    SourcesResource(SourceViews sources) {
        this.sources = sources;
    }

    @GET
    @Operation(summary = "Every outlet, most reliable first: claims, corroborated, contradicted, verdictsWon, verdictsLost, "
            + "reliability (role: reader)")
    public List<SourceView> list() {
        return sources.all();
    }

    @GET
    @Path("/{outlet}")
    @Operation(summary = "One outlet's record and reliability (role: reader)")
    public SourceView get(@PathParam("outlet") String outlet) {
        return sources.find(outlet).orElseThrow(() -> new NotFoundException("no source with outlet " + outlet));
    }
}
