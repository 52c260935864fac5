package org.factline.claims.adapter.in.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.factline.claims.application.AttachClaim;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.event.ClaimExtracted;

/**
 * Reads {@code claim.ClaimExtracted.v2} (v1 upcast), in partition order. Undecodable messages go to the
 * dead-letter topic; the offset is committed only after the claim's decision is stored.
 */
@ApplicationScoped
public class ClaimConsumer {

    private final AttachClaim attach;

    ClaimConsumer(AttachClaim attach) {
        this.attach = attach;
    }

    @Incoming("claims-in")
    @Blocking
    public void consume(String payload) {
        attach.handle(EventCodec.decode(payload, ClaimExtracted.class).data());
    }
}
