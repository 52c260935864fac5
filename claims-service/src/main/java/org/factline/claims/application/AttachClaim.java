package org.factline.claims.application;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.factline.claims.domain.FactCommand;
import org.factline.claims.domain.StoredCommit;
import org.factline.contracts.event.ClaimExtracted;

/** Attaches an extracted claim to its fact; a claim the fact already holds stores nothing. */
@ApplicationScoped
public class AttachClaim {

    private final FactCommands commands;
    private final MeterRegistry metrics;

    AttachClaim(FactCommands commands, MeterRegistry metrics) {
        this.commands = commands;
        this.metrics = metrics;
    }

    /** @return the stored commit, or null when the claim changed nothing (already known) */
    public StoredCommit handle(ClaimExtracted claim) {
        StoredCommit commit = commands.execute(claim.factKey(), new FactCommand.AttachClaim(claim));
        metrics.counter(commit == null ? "factline_claims_duplicate_total" : "factline_claims_attached_total").increment();
        return commit;
    }
}
