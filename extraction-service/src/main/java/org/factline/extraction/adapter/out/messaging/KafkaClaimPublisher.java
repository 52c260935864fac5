package org.factline.extraction.adapter.out.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.factline.contracts.Topics;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.envelope.EventEnvelope;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.extraction.config.ExtractionConfig;
import org.factline.extraction.domain.ClaimPublisher;
import org.jboss.logging.Logger;

/**
 * Publishes {@code claim.ClaimExtracted.v2} keyed by measure, so all claims of one measure land
 * in one partition in order. While the broker is away it retries rather than failing the
 * article: a broker outage must never send good articles to the dead-letter topic.
 */
@ApplicationScoped
public class KafkaClaimPublisher implements ClaimPublisher {

    static final String SOURCE = "factline/extraction-service";
    private static final Logger LOG = Logger.getLogger(KafkaClaimPublisher.class);

    private final MutinyEmitter<String> emitter;
    private final ExtractionConfig config;

    KafkaClaimPublisher(@Channel("claims-out") MutinyEmitter<String> emitter, ExtractionConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    @Override
    public void publish(List<ClaimExtracted> claims) {
        if (claims.isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Uni.join().all(claims.stream().map(this::send).toList()).andFailFast()
                        .await().atMost(config.ackTimeout());
                return;
            } catch (RuntimeException e) {
                LOG.warnf("publishing %d claims failed (attempt %d), retrying: %s", claims.size(), attempt, e.getMessage());
                sleep();
            }
        }
    }

    private Uni<Void> send(ClaimExtracted claim) {
        EventEnvelope<ClaimExtracted> envelope = EventEnvelope.wrap("claim-" + claim.claimId(), SOURCE,
                claim.measure().value(), claim.extractedAt(), claim);
        return emitter.sendMessage(Message.of(EventCodec.encode(envelope)).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(Topics.CLAIMS).withKey(claim.measure().value()).build()));
    }

    private void sleep() {
        try {
            Thread.sleep(config.retryBackoff().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }
}
