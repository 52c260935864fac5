package org.factline.claims.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factline.claims.domain.FactEventStore;
import org.factline.claims.domain.FactEvolver;
import org.factline.claims.domain.FactState;
import org.factline.claims.domain.StoredCommit;
import org.factline.contracts.value.FactKey;

/**
 * Folded fact states, kept for the most recently used facts so a new claim costs the commits
 * stored since the last one, not the whole stream again (a busy running figure has thousands).
 * Always caught up from the store before use, so a state written by another instance is seen;
 * the append's optimistic check still guards every decision.
 */
final class FactStates {

    private final FactEventStore store;
    private final Map<FactKey, FactState> recent;

    FactStates(FactEventStore store, int capacity) {
        this.store = store;
        this.recent = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<FactKey, FactState> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The fact as the store has it now. */
    FactState current(FactKey key) {
        FactState state = cached(key);
        for (StoredCommit commit : store.load(key, state.streamVersion())) {
            state = FactEvolver.evolveCommit(state, commit.data());
        }
        remember(state);
        return state;
    }

    /** Keeps the newest state seen for its fact; an older one (from a slower thread) is ignored. */
    synchronized void remember(FactState state) {
        recent.merge(state.key(), state, (old, now) -> now.streamVersion() >= old.streamVersion() ? now : old);
    }

    private synchronized FactState cached(FactKey key) {
        return recent.getOrDefault(key, FactState.empty(key));
    }
}
