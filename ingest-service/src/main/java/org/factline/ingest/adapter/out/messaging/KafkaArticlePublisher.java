package org.factline.ingest.adapter.out.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
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

    KafkaArticlePublisher(@Channel("articles-out") MutinyEmitter<String> emitter, IngestConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    @Override
    public void publish(Article a) {
        ArticleIngested event = new ArticleIngested(a.id(), a.url(), a.outlet(), a.title(), a.text(), a.publishedAt(),
                a.language(), a.authors(), a.contentHash(), null, a.ingestedAt());
        // Stable id: a republish after a crash carries the same id, so consumers can drop it.
        EventEnvelope<ArticleIngested> envelope = EventEnvelope.wrap("article-" + a.id() + "-ingested", SOURCE, a.id(),
                a.ingestedAt(), event);
        Message<String> message = Message.of(EventCodec.encode(envelope)).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withTopic(Topics.ARTICLES).withKey(a.id()).build());
        emitter.sendMessage(message).await().atMost(config.relay().ackTimeout());
    }
}
