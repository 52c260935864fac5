package org.factline.evaluation.identity;

import java.time.Instant;
import java.util.Objects;

/** One hand-written article of the identity set; {@code story} is its gold story. */
public record Article(String id, String story, String outlet, String url, Instant publishedAt, String language,
                      String title, String text) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
