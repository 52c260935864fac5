package org.factline.claims.domain;

import java.util.List;
import java.util.Optional;

/** Port: the facts read model and the position up to which it reflects the event store. */
public interface FactViews {

    Optional<FactView> find(String factKey);

    void save(FactView view);

    /** Filters are optional (null); results by most recently updated first. */
    List<FactView> search(String predicate, String subjectContains, FactStatus status, int limit);

    long checkpoint();

    void saveCheckpoint(long position);

    /** Drops every view and the checkpoint, for a rebuild by replay. */
    void deleteAll();
}
