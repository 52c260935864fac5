package org.factline.claims.adapter.out.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.factline.claims.domain.FactEventPublisher;
import org.factline.claims.domain.StoredCommit;
import org.factline.contracts.Topics;
import org.factline.contracts.envelope.EventCodec;

/**
 * Sends a commit's {@code fact.*} events to {@link Topics#FACTS}, keyed by fact key. The claim
 * that caused the decision is kept in the stream but not republished: it is extraction's event.
 */
@ApplicationScoped
public class KafkaFactEventPublisher implements FactEventPublisher {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

    private final MutinyEmitter<String> emitter;

    KafkaFactEventPublisher(@Channel("facts-out") MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    @Override
    public void publish(StoredCommit commit) {
        List<Uni<Void>> sends = commit.events().stream().filter(e -> e.type().startsWith("fact.")).map(e ->
                emitter.sendMessage(Message.of(EventCodec.encode(e)).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(Topics.FACTS).withKey(commit.factKey()).build()))).toList();
        if (!sends.isEmpty()) {
            // One producer, one partition per key, sent in order: Kafka keeps them in stream order.
            Uni.join().all(sends).andFailFast().await().atMost(ACK_TIMEOUT);
        }
    }
}
