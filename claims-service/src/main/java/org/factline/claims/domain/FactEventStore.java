package org.factline.claims.domain;

import java.time.Instant;
import java.util.List;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.value.FactKey;

/**
 * Port: the append-only store of fact streams. One decision is one atomic write; the stored
 * commit is also its own outbox entry until the relay marks it published.
 */
public interface FactEventStore {

    /** The whole stream of a fact, in stream order. */
    default List<StoredCommit> load(FactKey key) {
        return load(key, 0);
    }

    /** The commits of a fact after {@code afterStreamVersion}, in stream order. */
    List<StoredCommit> load(FactKey key, long afterStreamVersion);

    /** @throws ConcurrencyConflict when the stream is no longer at {@code expectedStreamVersion} */
    StoredCommit append(FactKey key, long expectedStreamVersion, List<FactlineEvent> events, Instant recordedAt);

    /** Commits after {@code position} in position order, at most {@code limit}. */
    List<StoredCommit> readFrom(long position, int limit);

    /** The facts whose streams hold claims of {@code articleId}, in no particular order. */
    List<FactKey> factsMentioning(String articleId);

    /** Oldest unpublished commits first. */
    List<StoredCommit> unpublished(int limit);

    void markPublished(StoredCommit commit);
}
