package org.factline.claims.domain;

import java.util.List;
import java.util.Optional;

/** Port: the sources read model, one view per outlet, each with the position of the last commit applied to it. */
public interface SourceViews {

    Optional<SourceView> find(String outlet);

    /** The last commit position applied to the outlet's view; 0 when it has none. */
    long position(String outlet);

    void save(SourceView view, long position);

    /** Every outlet, most reliable first (ties by outlet name). */
    List<SourceView> all();

    /** Drops every view, for a rebuild by replay. */
    void deleteAll();
}
