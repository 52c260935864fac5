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
 * Runs any command against one fact: catch up, decide, append as one document; on a concurrent
 * append, catch up and decide again. Domain rejections (a verdict that does not fit) pass through.
 */
@ApplicationScoped
public class FactCommands {

    private static final int MAX_ATTEMPTS = 5;
    private static final int CACHED_FACTS = 10_000;

    private final FactEventStore store;
    private final FactStates states;
    private final Clock clock;
    private final FactChangeSignals signals;

    public FactCommands(FactEventStore store, Clock clock, FactChangeSignals signals) {
        this.store = store;
        this.states = new FactStates(store, CACHED_FACTS);
        this.clock = clock;
        this.signals = signals;
    }

    /** @return the stored commit, or null when the command changed nothing */
    public StoredCommit execute(FactKey key, FactCommand command) {
        for (int attempt = 1; ; attempt++) {
            FactState state = states.current(key);
            List<FactlineEvent> events = FactDecider.decide(state, command, clock.instant());
            if (events.isEmpty()) {
                return null;
            }
            try {
                StoredCommit commit = store.append(key, state.streamVersion(), events, clock.instant());
                states.remember(FactEvolver.evolveCommit(state, events));
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
