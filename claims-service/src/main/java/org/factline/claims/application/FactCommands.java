package org.factline.claims.application;

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
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.value.FactKey;

/**
 * Runs any command against one fact: load, fold, decide, append as one document; on a concurrent
 * append, reload and decide again. Domain rejections (a verdict that does not fit) pass through.
 */
@ApplicationScoped
public class FactCommands {

    private static final int MAX_ATTEMPTS = 5;

    private final FactEventStore store;
    private final Clock clock;
    private final FactChangeSignals signals;

    FactCommands(FactEventStore store, Clock clock, FactChangeSignals signals) {
        this.store = store;
        this.clock = clock;
        this.signals = signals;
    }

    /** @return the stored commit, or null when the command changed nothing */
    public StoredCommit execute(FactKey key, FactCommand command) {
        for (int attempt = 1; ; attempt++) {
            FactState state = FactState.empty(key);
            for (StoredCommit commit : store.load(key)) {
                state = FactEvolver.evolveCommit(state, commit.data());
            }
            List<FactlineEvent> events = FactDecider.decide(state, command, clock.instant());
            if (events.isEmpty()) {
                return null;
            }
            try {
                StoredCommit commit = store.append(key, state.streamVersion(), events, clock.instant());
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
