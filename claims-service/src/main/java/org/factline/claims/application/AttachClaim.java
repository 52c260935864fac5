package org.factline.claims.application;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.factline.claims.domain.ConcurrencyConflict;
import org.factline.claims.domain.FactCommand;
import org.factline.claims.domain.FactDecider;
import org.factline.claims.domain.FactEventStore;
import org.factline.claims.domain.FactEvolver;
import org.factline.claims.domain.FactState;
import org.factline.claims.domain.StoredCommit;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.FactlineEvent;

/** Load, fold, decide, append; on a concurrent append, reload and decide again. */
@ApplicationScoped
public class AttachClaim {

    private static final int MAX_ATTEMPTS = 5;

    private final FactEventStore store;
    private final Clock clock;
    private final FactChangeSignals signals;
    private final MeterRegistry metrics;

    AttachClaim(FactEventStore store, Clock clock, FactChangeSignals signals, MeterRegistry metrics) {
        this.store = store;
        this.clock = clock;
        this.signals = signals;
        this.metrics = metrics;
    }

    /** @return the stored commit, or null when the claim changed nothing (already known) */
    public StoredCommit handle(ClaimExtracted claim) {
        for (int attempt = 1; ; attempt++) {
            FactState state = FactState.empty(claim.factKey());
            for (StoredCommit commit : store.load(claim.factKey())) {
                state = FactEvolver.evolveCommit(state, commit.data());
            }
            List<FactlineEvent> events = FactDecider.decide(state, new FactCommand.AttachClaim(claim), clock.instant());
            if (events.isEmpty()) {
                metrics.counter("factline_claims_duplicate_total").increment();
                return null;
            }
            try {
                StoredCommit commit = store.append(claim.factKey(), state.streamVersion(), events, clock.instant());
                metrics.counter("factline_claims_attached_total").increment();
                signals.committed();
                return commit;
            } catch (ConcurrencyConflict conflict) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }
}
