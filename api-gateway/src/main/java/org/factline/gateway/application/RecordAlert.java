package org.factline.gateway.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.envelope.EventEnvelope;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.value.ClaimRef;
import org.factline.gateway.domain.Alert;
import org.factline.gateway.domain.AlertLog;

/**
 * Keeps contradiction events from the facts topic as alerts and wakes the live feeds; other fact
 * events are not alerts. A resolution takes the severity, subject and outlets of the contradiction it closes.
 */
@ApplicationScoped
public class RecordAlert {

    private final AlertLog log;
    private final AlertFeed feed;
    private final WebhookDispatcher webhooks;

    RecordAlert(AlertLog log, AlertFeed feed, WebhookDispatcher webhooks) {
        this.log = log;
        this.feed = feed;
        this.webhooks = webhooks;
    }

    /** @return true when the event was an alert */
    public boolean handle(EventEnvelope<FactlineEvent> envelope) {
        FactlineEvent data = envelope.data();
        Alert alert = null;
        if (data instanceof ContradictionDetected d) {
            alert = new Alert(0, envelope.id(), envelope.type(), d.factKey().value(), d.factKey().predicate(), d.subject(),
                    outlets(d), d.contradictionId(), d.severity(), envelope.time(), EventCodec.encode(envelope));
        } else if (data instanceof ContradictionResolved r) {
            Alert resolution = new Alert(0, envelope.id(), envelope.type(), r.factKey().value(), r.factKey().predicate(),
                    null, List.of(), r.contradictionId(), null, envelope.time(), EventCodec.encode(envelope));
            alert = log.detectionOf(r.contradictionId()).map(resolution::describedBy).orElse(resolution);
        }
        if (alert == null) {
            return false;
        }
        if (log.record(alert).isPresent()) {
            feed.wake();
            webhooks.wake();
        }
        return true;
    }

    private static List<String> outlets(ContradictionDetected d) {
        Set<String> outlets = new LinkedHashSet<>();
        for (ClaimRef side : List.of(d.existing(), d.incoming())) {
            if (side.outlet() != null && !side.outlet().isBlank()) {
                outlets.add(side.outlet());
            }
        }
        return List.copyOf(outlets);
    }
}
