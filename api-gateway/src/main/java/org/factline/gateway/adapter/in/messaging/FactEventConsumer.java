package org.factline.gateway.adapter.in.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.factline.contracts.envelope.EventCodec;
import org.factline.gateway.application.RecordAlert;

/** Reads the facts topic; undecodable messages go to the dead-letter topic. */
@ApplicationScoped
public class FactEventConsumer {

    private final RecordAlert recordAlert;

    FactEventConsumer(RecordAlert recordAlert) {
        this.recordAlert = recordAlert;
    }

    @Incoming("facts-in")
    @Blocking
    public void consume(String payload) {
        recordAlert.handle(EventCodec.decode(payload));
    }
}
