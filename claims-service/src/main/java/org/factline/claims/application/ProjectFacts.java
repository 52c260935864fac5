package org.factline.claims.application;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.factline.claims.domain.ClaimViews;
import org.factline.claims.domain.ContradictionProjection;
import org.factline.claims.domain.ContradictionView;
import org.factline.claims.domain.ContradictionViews;
import org.factline.claims.domain.FactEventStore;
import org.factline.claims.domain.FactProjection;
import org.factline.claims.domain.FactView;
import org.factline.claims.domain.FactViews;
import org.factline.claims.domain.SourceViews;
import org.factline.claims.domain.StoredCommit;
import org.factline.support.work.DrainLoop;

/**
 * Keeps the read models (facts, contradictions, claims, sources) up with the event store, in position order,
 * from one stored checkpoint, a batch of commits at a time: the batch's records are read once,
 * changed in memory commit by commit, and written back with one bulk write per read model before
 * the checkpoint moves once. Applying is idempotent, so a crash in between only re-applies what is
 * already there. A rebuild drops the read models on the projector's own thread, so it never races
 * a batch in flight, and replays.
 */
@Startup
@ApplicationScoped
public class ProjectFacts {

    private static final int BATCH = 500;

    private final FactEventStore store;
    private final FactViews views;
    private final ContradictionViews contradictions;
    private final ClaimViews claims;
    private final SourceViews sources;
    private final DrainLoop loop;
    private final AtomicLong rebuildsRequested = new AtomicLong();
    private final AtomicLong rebuildsStarted = new AtomicLong();

    public ProjectFacts(FactEventStore store, FactViews views, ContradictionViews contradictions, ClaimViews claims,
                 SourceViews sources, FactChangeSignals signals) {
        this.store = store;
        this.views = views;
        this.contradictions = contradictions;
        this.claims = claims;
        this.sources = sources;
        this.loop = new DrainLoop("fact-projector", this::projectBatch);
        signals.onCommit(loop::wake);
        loop.wake(); // catch up on whatever was stored while the service was down
    }

    public int catchUp() {
        return loop.drain();
    }

    /** Asks for every read model to be dropped and rebuilt by replay; returns the request's number. */
    public long requestRebuild() {
        long number = rebuildsRequested.incrementAndGet();
        loop.wake();
        return number;
    }

    /** How many rebuild requests have had their read models dropped (the replay follows in the same loop). */
    public long rebuildsStarted() {
        return rebuildsStarted.get();
    }

    private int projectBatch() {
        long requested = rebuildsRequested.get();
        if (requested > rebuildsStarted.get()) {
            views.deleteAll();
            contradictions.deleteAll();
            claims.deleteAll();
            sources.deleteAll();
            rebuildsStarted.set(requested);
        }
        List<StoredCommit> batch = store.readFrom(views.checkpoint(), BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        ProjectionBatch work = new ProjectionBatch(batch, views, contradictions, claims, sources);
        for (StoredCommit commit : batch) {
            FactView current = work.fact(commit.factKey());
            FactView next = FactProjection.applyCommit(current, commit.data(), commit.position(), commit.recordedAt());
            if (next != null && next != current) {
                work.save(next);
            }
            for (ContradictionView changed : ContradictionProjection.applyCommit(
                    work::contradiction, commit.data(), commit.position())) {
                work.save(changed);
            }
            ProjectClaimsAndSources.apply(commit, work);
        }
        work.write();
        views.saveCheckpoint(batch.get(batch.size() - 1).position());
        return batch.size();
    }

    @PreDestroy
    void stop() {
        loop.close();
    }
}
