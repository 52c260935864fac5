package org.factline.claims.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.value.TimeInterval;

/**
 * A fact's history on both time axes, computed from its stream: what Factline knew at a recorded
 * time ("as of"), and which version held for a reference time ("at"). Pure.
 */
public final class FactTimeline {

    /** One fact version with where and when it was stored. */
    public record VersionEntry(long version, FactVersioned fact, long streamVersion, long position, Instant recordedAt) {
    }

    private FactTimeline() {
    }

    public static List<VersionEntry> versions(List<StoredCommit> stream) {
        List<VersionEntry> out = new ArrayList<>();
        for (StoredCommit commit : stream) {
            commit.data().stream().filter(FactVersioned.class::isInstance).map(FactVersioned.class::cast).forEach(v ->
                    out.add(new VersionEntry(v.version(), v, commit.streamVersion(), commit.position(), commit.recordedAt())));
        }
        return out;
    }

    /**
     * @param recordedBy  only commits recorded at or before this instant count (null: all)
     * @param referenceAt pick the latest version whose reference time starts at or before this
     *                    instant; versions without a reference time hold at any time (null: the latest)
     */
    public static Optional<FactView> view(List<StoredCommit> stream, Instant recordedBy, Instant referenceAt) {
        FactView view = null;
        FactView chosen = null;
        for (StoredCommit commit : stream) {
            if (recordedBy != null && commit.recordedAt().isAfter(recordedBy)) {
                break; // a stream is recorded in order: nothing later can be earlier
            }
            view = FactProjection.applyCommit(view, commit.data(), commit.position(), commit.recordedAt());
            if (view != null && (referenceAt == null || holdsBy(view.referenceTime(), referenceAt))) {
                chosen = view;
            }
        }
        return Optional.ofNullable(chosen);
    }

    private static boolean holdsBy(TimeInterval referenceTime, Instant at) {
        return referenceTime == null || referenceTime.start() == null || !referenceTime.start().isAfter(at);
    }
}
