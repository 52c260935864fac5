package org.factline.extraction.adapter.in.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.event.ArticleIngested;
import org.factline.extraction.application.ExtractArticle;

/**
 * Reads {@code article.ArticleIngested.v1}. A message that cannot be decoded throws, which the
 * connector's dead-letter strategy sends to {@code factline.dead-letter.v1} with the reason; the
 * offset is committed only after the method returns.
 */
@ApplicationScoped
public class ArticleConsumer {

    private final ExtractArticle extract;

    ArticleConsumer(ExtractArticle extract) {
        this.extract = extract;
    }

    @Incoming("articles-in")
    @Blocking(ordered = true)
    public void consume(String payload) {
        extract.handle(EventCodec.decode(payload, ArticleIngested.class).data());
    }
}
