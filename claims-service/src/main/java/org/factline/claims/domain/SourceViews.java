package org.factline.claims.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: the sources read model, one view per outlet, each with the position of the last commit applied to it. */
public interface SourceViews {

    Optional<SourceView> find(String outlet);

    /** The stored views of those outlets that have one, with their positions, by outlet: one query for a projection batch. */
    Map<String, StoredSource> findAll(Collection<String> outlets);

    /** Saves (inserts or replaces) each view with its position, in one round trip. */
    void saveAll(Collection<StoredSource> sources);

    /** Every outlet, most reliable first (ties by outlet name). */
    List<SourceView> all();

    /** Drops every view, for a rebuild by replay. */
    void deleteAll();
}
