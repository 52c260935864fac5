package org.factline.claims.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factline.claims.domain.FactCommand;
import org.factline.claims.domain.FactDecider;
import org.factline.claims.domain.FactEventStore;
import org.factline.claims.domain.FactState;
import org.factline.claims.domain.StoredCommit;
import org.factline.contracts.envelope.EventEnvelope;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.value.Attribution;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.Provenance;
import org.factline.contracts.value.Qualifier;
import org.factline.contracts.value.Quantity;
import org.junit.jupiter.api.Test;

/** The state cache reads only commits it has not folded yet, and still sees other writers' commits. */
class FactStatesTest {

    private static final FactKey KEY = FactKey.of("count", "ship");
    private static final Instant NOW = Instant.parse("2025-11-17T10:00:00Z");

    /** A list-backed stand-in for the port, recording what was asked of it. */
    static final class ListStore implements FactEventStore {
        final List<StoredCommit> commits = new ArrayList<>();
        final List<Long> loadedAfter = new ArrayList<>();

        @Override
        public List<StoredCommit> load(FactKey key, long afterStreamVersion) {
            loadedAfter.add(afterStreamVersion);
            return commits.stream().filter(c -> c.streamVersion() > afterStreamVersion).toList();
        }

        @Override
        public StoredCommit append(FactKey key, long expected, List<FactlineEvent> events, Instant at) {
            List<EventEnvelope<FactlineEvent>> envelopes = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                envelopes.add(EventEnvelope.wrap("e" + expected + "-" + i, "test", key.value(), at, events.get(i)));
            }
            StoredCommit commit = new StoredCommit(key.value(), expected + 1, commits.size() + 1, at, envelopes);
            commits.add(commit);
            return commit;
        }

        @Override
        public List<StoredCommit> readFrom(long position, int limit) {
            return List.of();
        }

        @Override
        public List<FactKey> factsMentioning(String articleId) {
            return List.of();
        }

        @Override
        public List<StoredCommit> unpublished(int limit) {
            return List.of();
        }

        @Override
        public void markPublished(StoredCommit commit) {
        }
    }

    private static ClaimExtracted claim(String id, int low) {
        BigDecimal v = BigDecimal.valueOf(low);
        return new ClaimExtracted(id, KEY, "ship", "count", ClaimValue.of(new Quantity(v, "ship", Qualifier.AT_LEAST, v, null)),
                null, Attribution.articleVoice(), new Provenance("a-" + id, "o-" + id, null, 0, 5, "quote", "rule", "0.2.0", 0.6), NOW);
    }

    private static void storeDecision(ListStore store, FactState state, ClaimExtracted claim) {
        store.append(KEY, state.streamVersion(), FactDecider.decide(state, new FactCommand.AttachClaim(claim), NOW), NOW);
    }

    @Test
    void catches_up_from_its_own_version_and_sees_commits_stored_by_someone_else() {
        ListStore store = new ListStore();
        FactStates states = new FactStates(store, 10);
        storeDecision(store, states.current(KEY), claim("c1", 12));
        FactState afterFirst = states.current(KEY);
        assertThat(afterFirst.streamVersion()).isEqualTo(1);

        storeDecision(store, afterFirst, claim("c2", 14)); // written without telling the cache
        FactState afterSecond = states.current(KEY);

        assertThat(afterSecond.streamVersion()).isEqualTo(2);
        assertThat(afterSecond.knows("c1")).isTrue();
        assertThat(afterSecond.knows("c2")).isTrue();
        assertThat(store.loadedAfter).containsExactly(0L, 0L, 1L);
    }

    @Test
    void an_older_state_never_replaces_a_newer_one() {
        ListStore store = new ListStore();
        FactStates states = new FactStates(store, 10);
        FactState empty = states.current(KEY);
        storeDecision(store, empty, claim("c1", 12));
        assertThat(states.current(KEY).streamVersion()).isEqualTo(1);
        states.remember(empty);
        assertThat(states.current(KEY).streamVersion()).isEqualTo(1);
        assertThat(store.loadedAfter).last().isEqualTo(1L);
    }
}
