package org.factline.ingest.domain;

import java.util.List;

/** Port: hands articles to the broker and returns only once the broker acknowledged all of them. */
public interface ArticlePublisher {

    void publish(List<Article> articles);
}
