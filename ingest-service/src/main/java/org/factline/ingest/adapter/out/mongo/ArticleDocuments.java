package org.factline.ingest.adapter.out.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.factline.ingest.domain.Article;

/** Maps {@link Article} to and from its stored document; the storage shape stays out of the domain. */
final class ArticleDocuments {

    private ArticleDocuments() {
    }

    static Document toDocument(Article a) {
        return new Document("_id", a.id())
                .append("url", a.url())
                .append("outlet", a.outlet())
                .append("title", a.title())
                .append("text", a.text())
                .append("publishedAt", date(a.publishedAt()))
                .append("language", a.language())
                .append("authors", a.authors())
                .append("contentHash", a.contentHash())
                .append("ingestedAt", date(a.ingestedAt()))
                .append("relayedAt", null);
    }

    static Article fromDocument(Document d) {
        return new Article(d.getString("_id"), d.getString("url"), d.getString("outlet"), d.getString("title"),
                d.getString("text"), instant(d.getDate("publishedAt")), d.getString("language"),
                d.getList("authors", String.class, List.of()), d.getString("contentHash"), instant(d.getDate("ingestedAt")));
    }

    private static Date date(Instant i) {
        return i == null ? null : Date.from(i);
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
