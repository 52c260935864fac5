package org.factline.ingest.adapter.out.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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
    public void publish(List<Article> articles) {
        if (articles.isEmpty()) {
            return;
        }
        // All sends of a batch are in flight together; the idempotent producer keeps each
        // partition's order, and the batch counts as published only when every ack is in.
        Uni.join().all(articles.stream().map(this::send).toList()).andFailFast().await().atMost(config.relay().ackTimeout());
        Instant now = Instant.now();
        articles.forEach(a -> relayLag.record(Duration.between(a.ingestedAt(), now)));
    }

    private Uni<Void> send(Article a) {
        ArticleIngested event = new ArticleIngested(a.id(), a.url(), a.outlet(), a.title(), a.text(), a.publishedAt(),
                a.language(), a.authors(), a.contentHash(), a.nearDuplicate(), a.ingestedAt());
        // Stable id: a republish after a crash carries the same id, so consumers can drop it.
        EventEnvelope<ArticleIngested> envelope = EventEnvelope.wrap("article-" + a.id() + "-ingested", SOURCE, a.id(),
                a.ingestedAt(), event);
        return emitter.sendMessage(Message.of(EventCodec.encode(envelope)).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withTopic(Topics.ARTICLES).withKey(a.id()).build()));
    }
}
