package org.factline.ingest.adapter.out.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.factline.contracts.Topics;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.envelope.EventEnvelope;
import org.factline.contracts.event.ArticleIngested;
import org.factline.ingest.config.IngestConfig;
import org.factline.ingest.domain.Article;
import org.factline.ingest.domain.ArticlePublisher;

/** Publishes {@code article.ArticleIngested.v1}, keyed by article id, and waits for the broker's ack. */
@ApplicationScoped
public class KafkaArticlePublisher implements ArticlePublisher {

    static final String SOURCE = "factline/ingest-service";

    private final MutinyEmitter<String> emitter;
    private final IngestConfig config;

    private final Timer relayLag;

    KafkaArticlePublisher(@Channel("articles-out") MutinyEmitter<String> emitter, IngestConfig config, MeterRegistry metrics) {
        this.emitter = emitter;
        this.config = config;
        this.relayLag = Timer.builder("factline_ingest_relay_lag").description("from acceptance to Kafka acknowledgement")
                .publishPercentiles(0.5, 0.99).register(metrics);
    }

    @Override
    public void publish(Article a) {
        ArticleIngested event = new ArticleIngested(a.id(), a.url(), a.outlet(), a.title(), a.text(), a.publishedAt(),
                a.language(), a.authors(), a.contentHash(), a.nearDuplicate(), a.ingestedAt());
        // Stable id: a republish after a crash carries the same id, so consumers can drop it.
        EventEnvelope<ArticleIngested> envelope = EventEnvelope.wrap("article-" + a.id() + "-ingested", SOURCE, a.id(),
                a.ingestedAt(), event);
        Message<String> message = Message.of(EventCodec.encode(envelope)).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withTopic(Topics.ARTICLES).withKey(a.id()).build());
        emitter.sendMessage(message).await().atMost(config.relay().ackTimeout());
        // Relay lag: from acceptance to the broker's acknowledgement.
        relayLag.record(Duration.between(a.ingestedAt(), Instant.now()));
    }
}
