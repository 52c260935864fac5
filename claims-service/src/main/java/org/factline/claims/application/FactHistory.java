package org.factline.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factline.claims.domain.FactEventStore;
import org.factline.claims.domain.FactTimeline;
import org.factline.claims.domain.FactView;
import org.factline.claims.domain.StoredCommit;
import org.factline.contracts.value.FactKey;

/** Versions and time travel, read straight from the event store (the source of truth). */
@ApplicationScoped
public class FactHistory {

    private final FactEventStore store;

    FactHistory(FactEventStore store) {
        this.store = store;
    }

    public List<FactTimeline.VersionEntry> versions(FactKey key) {
        return FactTimeline.versions(store.load(key));
    }

    public Optional<FactView> view(FactKey key, Instant recordedBy, Instant referenceAt) {
        return FactTimeline.view(store.load(key), recordedBy, referenceAt);
    }

    /** Commits after {@code position}, in position order: the replay feed. */
    public List<StoredCommit> feed(long position, int limit) {
        return store.readFrom(position, limit);
    }
}
