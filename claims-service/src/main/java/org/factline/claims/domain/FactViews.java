package org.factline.claims.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Port: the facts read model and the position up to which it reflects the event store. */
public interface FactViews {

    Optional<FactView> find(String factKey);

    /** The views of those facts that have one, by fact key: one query for a projection batch. */
    Map<String, FactView> findAll(Collection<String> factKeys);

    /** Saves (inserts or replaces) each view, in one round trip. */
    void saveAll(Collection<FactView> views);

    /**
     * Up to {@code limit} facts matching {@code query}, in fact-key order, starting after the key
     * {@code afterKey} (null: from the first).
     */
    FactPage search(FactQuery query, String afterKey, int limit);

    long checkpoint();

    void saveCheckpoint(long position);

    /** Drops every view and the checkpoint, for a rebuild by replay. */
    void deleteAll();
}
