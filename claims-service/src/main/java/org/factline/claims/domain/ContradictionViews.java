package org.factline.claims.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: the contradictions read model. */
public interface ContradictionViews {

    Optional<ContradictionView> find(String contradictionId);

    /** The views of those contradictions that exist, by id: one query for a projection batch. */
    Map<String, ContradictionView> findAll(Collection<String> contradictionIds);

    /** Saves (inserts or replaces) each view, in one round trip. */
    void saveAll(Collection<ContradictionView> views);

    /** Filters are optional (null); most recently detected first. */
    List<ContradictionView> list(ContradictionStatus status, String factKey, int limit);

    /** Drops every view, for a rebuild by replay. */
    void deleteAll();
}
