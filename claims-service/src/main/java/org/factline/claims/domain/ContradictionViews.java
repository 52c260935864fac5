package org.factline.claims.domain;

import java.util.List;
import java.util.Optional;

/** Port: the contradictions read model. */
public interface ContradictionViews {

    Optional<ContradictionView> find(String contradictionId);

    void save(ContradictionView view);

    /** Filters are optional (null); most recently detected first. */
    List<ContradictionView> list(ContradictionStatus status, String factKey, int limit);

    /** Drops every view, for a rebuild by replay. */
    void deleteAll();
}
