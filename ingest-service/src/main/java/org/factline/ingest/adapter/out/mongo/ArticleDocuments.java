package org.factline.ingest.adapter.out.mongo;

import static org.factline.ingest.adapter.out.mongo.MongoDates.date;
import static org.factline.ingest.adapter.out.mongo.MongoDates.instant;

import java.util.Arrays;
import java.util.List;
import org.bson.Document;
import org.factline.contracts.value.NearDuplicate;
import org.factline.ingest.domain.Article;

/** Maps {@link Article} to and from its stored document; the storage shape stays out of the domain. */
final class ArticleDocuments {

    private ArticleDocuments() {
    }

    static Document toDocument(Article a, int[] signature) {
        NearDuplicate near = a.nearDuplicate();
        return new Document("_id", a.id())
                .append("url", a.url())
                .append("outlet", a.outlet())
                .append("title", a.title())
                .append("text", a.text())
                .append("publishedAt", date(a.publishedAt()))
                .append("language", a.language())
                .append("authors", a.authors())
                .append("tags", a.tags())
                .append("contentHash", a.contentHash())
                .append("nearDuplicateOf", near == null ? null : near.originalArticleId())
                .append("similarity", near == null ? null : near.similarity())
                .append("minhash", Arrays.stream(signature).boxed().toList())
                .append("ingestedAt", date(a.ingestedAt()))
                .append("relayedAt", null);
    }

    static Article fromDocument(Document d) {
        String original = d.getString("nearDuplicateOf");
        NearDuplicate near = original == null ? null : new NearDuplicate(original, d.getDouble("similarity"));
        return new Article(d.getString("_id"), d.getString("url"), d.getString("outlet"), d.getString("title"),
                d.getString("text"), instant(d.getDate("publishedAt")), d.getString("language"),
                d.getList("authors", String.class, List.of()), d.getList("tags", String.class, List.of()),
                d.getString("contentHash"), near, instant(d.getDate("ingestedAt")));
    }

    static int[] signature(Document d) {
        return d.getList("minhash", Integer.class, List.of()).stream().mapToInt(Integer::intValue).toArray();
    }

}
