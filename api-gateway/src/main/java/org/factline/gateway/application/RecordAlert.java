package org.factline.gateway.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.envelope.EventEnvelope;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.contracts.event.FactlineEvent;
import org.factline.gateway.domain.Alert;
import org.factline.gateway.domain.AlertLog;

/** Keeps contradiction events from the facts topic as alerts; other fact events are not alerts. */
@ApplicationScoped
public class RecordAlert {

    private final AlertLog log;

    RecordAlert(AlertLog log) {
        this.log = log;
    }

    /** @return true when the event was an alert */
    public boolean handle(EventEnvelope<FactlineEvent> envelope) {
        FactlineEvent data = envelope.data();
        if (data instanceof ContradictionDetected d) {
            log.record(new Alert(envelope.id(), envelope.type(), d.factKey().value(), d.contradictionId(), d.severity(),
                    envelope.time(), EventCodec.encode(envelope)));
            return true;
        }
        if (data instanceof ContradictionResolved r) {
            log.record(new Alert(envelope.id(), envelope.type(), r.factKey().value(), r.contradictionId(), null,
                    envelope.time(), EventCodec.encode(envelope)));
            return true;
        }
        return false;
    }
}
