package org.factline.bench.claims;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.factline.claims.adapter.out.mongo.MongoFactEventStore;
import org.factline.claims.application.FactChangeSignals;
import org.factline.claims.application.FactCommands;
import org.factline.claims.domain.FactCommand;
import org.factline.claims.domain.FactDecider;
import org.factline.claims.domain.FactEvolver;
import org.factline.claims.domain.FactState;
import org.factline.claims.domain.StoredCommit;
import org.factline.contracts.event.FactlineEvent;
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
 * Appending claims to facts. {@code decideAndAppend}: claims-service's command path (fold the fact
 * from its cached state and the store, decide, append one commit document) against the real Mongo
 * adapter on the embedded MongoDB-wire server ({@code -p backend=memory|h2}): commits/s. {@code decideEvolve}: the pure core alone
 * (decide, then fold the decision into the state). Each fact takes {@value BenchClaims#CLAIMS_PER_FACT}
 * claims, then the next fact starts.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClaimsAppendBenchmark {

    @State(Scope.Benchmark)
    public static class Store {
        /** The embedded server's backend: {@code memory} or {@code h2} (see {@link EmbeddedStore}). */
        @Param(EmbeddedStore.MEMORY)
        public String backend;

        EmbeddedStore embedded;
        FactCommands commands;
        final String run = UUID.randomUUID().toString().substring(0, 8);
        long next;

        @Setup(Level.Trial)
        public void start() {
            embedded = new EmbeddedStore(backend);
            commands = new FactCommands(new MongoFactEventStore(embedded.client, embedded.database), Clock.systemUTC(),
                    new FactChangeSignals());
        }

        @TearDown(Level.Trial)
        public void stop() {
            embedded.close();
        }
    }

    @State(Scope.Thread)
    public static class Core {
        final String run = UUID.randomUUID().toString().substring(0, 8);
        final Instant now = Instant.parse("2025-11-17T10:00:00Z");
        FactState state;
        long next;
    }

    @Benchmark
    public StoredCommit decideAndAppend(Store s) {
        long n = s.next++;
        return s.commands.execute(BenchClaims.factOf(n), new FactCommand.AttachClaim(BenchClaims.claim(s.run, n)));
    }

    @Benchmark
    public FactState decideEvolve(Core c) {
        long n = c.next++;
        if (n % BenchClaims.CLAIMS_PER_FACT == 0) {
            c.state = FactState.empty(BenchClaims.factOf(n));
        }
        List<FactlineEvent> events = FactDecider.decide(c.state, new FactCommand.AttachClaim(BenchClaims.claim(c.run, n)), c.now);
        c.state = FactEvolver.evolveCommit(c.state, events);
        return c.state;
    }
}
