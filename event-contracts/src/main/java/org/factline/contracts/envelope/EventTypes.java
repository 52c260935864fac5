package org.factline.contracts.envelope;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factline.contracts.event.ArticleIngested;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.ClaimExtractedV1;
import org.factline.contracts.event.ClaimsWithdrawn;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.event.FactlineEvent;

/** The registry from wire name to record class: the only place that pairing is written. */
public final class EventTypes {

    private static final Map<String, Class<? extends FactlineEvent>> BY_TYPE = Map.of(
            ArticleIngested.TYPE, ArticleIngested.class,
            ClaimExtracted.TYPE, ClaimExtracted.class,
            ClaimExtractedV1.TYPE, ClaimExtractedV1.class,
            FactVersioned.TYPE, FactVersioned.class,
            ContradictionDetected.TYPE, ContradictionDetected.class,
            ContradictionResolved.TYPE, ContradictionResolved.class,
            ClaimsWithdrawn.TYPE, ClaimsWithdrawn.class);

    private EventTypes() {
    }

    public static Optional<Class<? extends FactlineEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static Set<String> all() {
        return BY_TYPE.keySet();
    }
}
