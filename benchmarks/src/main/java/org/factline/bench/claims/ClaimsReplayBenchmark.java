package org.factline.bench.claims;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.factline.claims.adapter.out.mongo.MongoClaimViews;
import org.factline.claims.adapter.out.mongo.MongoContradictionViews;
import org.factline.claims.adapter.out.mongo.MongoFactEventStore;
import org.factline.claims.adapter.out.mongo.MongoFactViews;
import org.factline.claims.adapter.out.mongo.MongoSourceViews;
import org.factline.claims.application.FactChangeSignals;
import org.factline.claims.application.FactCommands;
import org.factline.claims.application.ProjectFacts;
import org.factline.claims.domain.FactCommand;
import org.factline.claims.domain.FactViews;
import org.factline.claims.domain.StoredCommit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Rebuilding every read model (facts, contradictions, claims, sources) by replaying the event
 * store, as {@code ProjectFacts.requestRebuild()} does, on the embedded MongoDB-wire server
 * ({@code -p backend=memory|h2}). The
 * store is filled once per trial with {@code claims} synthetic claims; one invocation is one full
 * rebuild. Events/s = the event count printed at set-up divided by the time per rebuild.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ClaimsReplayBenchmark {

    /** How often to look again while the projector's own thread is replaying: small against a rebuild. */
    private static final long POLL_NANOS = 200_000;

    @Param("2000")
    public int claims;

    /** The embedded server's backend: {@code memory} or {@code h2} (see {@link EmbeddedStore}). */
    @Param(EmbeddedStore.MEMORY)
    public String backend;

    EmbeddedStore embedded;
    ProjectFacts projector;
    FactViews facts;
    long lastPosition;

    @Setup(Level.Trial)
    public void fill() {
        embedded = new EmbeddedStore(backend);
        MongoFactEventStore store = new MongoFactEventStore(embedded.client, embedded.database);
        FactCommands commands = new FactCommands(store, Clock.systemUTC(), new FactChangeSignals());
        for (long n = 0; n < claims; n++) {
            commands.execute(BenchClaims.factOf(n), new FactCommand.AttachClaim(BenchClaims.claim("replay", n)));
        }
        long commits = 0;
        long events = 0;
        for (List<StoredCommit> page = store.readFrom(0, 1000); !page.isEmpty();
             page = store.readFrom(page.get(page.size() - 1).position(), 1000)) {
            commits += page.size();
            events += page.stream().mapToLong(c -> c.events().size()).sum();
            lastPosition = page.get(page.size() - 1).position();
        }
        System.out.printf("%nreplay set: %d claims, %d commits, %d events%n", claims, commits, events);
        facts = new MongoFactViews(embedded.client, embedded.database);
        projector = new ProjectFacts(store, facts, new MongoContradictionViews(embedded.client, embedded.database),
                new MongoClaimViews(embedded.client, embedded.database), new MongoSourceViews(embedded.client, embedded.database),
                new FactChangeSignals());
        awaitCaughtUp();
    }

    @TearDown(Level.Trial)
    public void stop() {
        embedded.close();
    }

    @Benchmark
    public long rebuildAll() {
        long request = projector.requestRebuild();
        while (projector.rebuildsStarted() < request || facts.checkpoint() < lastPosition) {
            // Drains here, or returns at once when the projector's own thread got the work first.
            if (projector.catchUp() == 0) {
                LockSupport.parkNanos(POLL_NANOS);
            }
        }
        return facts.checkpoint();
    }

    private void awaitCaughtUp() {
        while (facts.checkpoint() < lastPosition) {
            if (projector.catchUp() == 0) {
                LockSupport.parkNanos(POLL_NANOS);
            }
        }
    }
}
