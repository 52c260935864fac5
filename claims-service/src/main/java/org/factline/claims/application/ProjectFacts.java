package org.factline.claims.application;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.factline.claims.domain.FactEventStore;
import org.factline.claims.domain.FactProjection;
import org.factline.claims.domain.FactView;
import org.factline.claims.domain.FactViews;
import org.factline.claims.domain.StoredCommit;
import org.factline.support.work.DrainLoop;

/**
 * Keeps the facts read model up with the event store, in position order, from a stored
 * checkpoint. Views are saved before the checkpoint moves, and applying is idempotent, so a
 * crash in between only re-applies what is already there.
 */
@Startup
@ApplicationScoped
public class ProjectFacts {

    private static final int BATCH = 500;

    private final FactEventStore store;
    private final FactViews views;
    private final DrainLoop loop;

    ProjectFacts(FactEventStore store, FactViews views, FactChangeSignals signals) {
        this.store = store;
        this.views = views;
        this.loop = new DrainLoop("fact-projector", this::projectBatch);
        signals.onCommit(loop::wake);
        loop.wake(); // catch up on whatever was stored while the service was down
    }

    public int catchUp() {
        return loop.drain();
    }

    private int projectBatch() {
        List<StoredCommit> batch = store.readFrom(views.checkpoint(), BATCH);
        for (StoredCommit commit : batch) {
            FactView current = views.find(commit.factKey()).orElse(null);
            FactView next = FactProjection.applyCommit(current, commit.data(), commit.position(), commit.recordedAt());
            if (next != null && next != current) {
                views.save(next);
            }
            views.saveCheckpoint(commit.position());
        }
        return batch.size();
    }

    @PreDestroy
    void stop() {
        loop.close();
    }
}
