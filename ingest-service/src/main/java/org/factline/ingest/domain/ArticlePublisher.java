package org.factline.ingest.domain;

/** Port: hands an article to the broker and returns only once the broker acknowledged it. */
public interface ArticlePublisher {

    void publish(Article article);
}
