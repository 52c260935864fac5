package org.factline.ingest.adapter.out.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.ingest.domain.Article;
import org.factline.ingest.domain.ArticleStore;
import org.factline.ingest.domain.StoreOutcome;
import org.factline.ingest.domain.StoredArticle;

/**
 * Collection {@code articles}: one document per article, which is also its outbox entry
 * ({@code relayedAt} null until the broker acknowledged it). One insert per accepted article, no
 * transaction needed. Unique id (from the canonical URL or text) and unique content hash make
 * duplicates a write conflict rather than a race.
 */
@Startup
@ApplicationScoped
public class MongoArticleStore implements ArticleStore {

    private final MongoClient client;
    private final String database;
    private MongoCollection<Document> articles;

    MongoArticleStore(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.client = client;
        this.database = database;
    }

    @PostConstruct
    void init() {
        articles = client.getDatabase(database).getCollection("articles");
        articles.createIndex(Indexes.ascending("contentHash"), new IndexOptions().unique(true));
        // pendingPublication(): relayedAt = null in (ingestedAt, _id) order, read from the index without a sort.
        articles.createIndex(Indexes.ascending("relayedAt", "ingestedAt", "_id"));
    }

    @Override
    public StoreOutcome storeIfNew(Article article, int[] signature) {
        try {
            articles.insertOne(ArticleDocuments.toDocument(article, signature));
            return new StoreOutcome(article.id(), false);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document existing = articles.find(Filters.or(Filters.eq("_id", article.id()),
                    Filters.eq("contentHash", article.contentHash()))).first();
            if (existing == null) {
                throw e; // the conflicting document vanished: let the client retry rather than guess
            }
            return new StoreOutcome(existing.getString("_id"), true);
        }
    }

    @Override
    public Optional<StoredArticle> find(String articleId) {
        Document d = articles.find(Filters.eq("_id", articleId)).first();
        return Optional.ofNullable(d).map(doc -> new StoredArticle(ArticleDocuments.fromDocument(doc),
                doc.getDate("relayedAt") == null ? null : doc.getDate("relayedAt").toInstant()));
    }

    @Override
    public List<Article> pendingPublication(int limit) {
        List<Article> pending = new ArrayList<>(limit);
        articles.find(Filters.eq("relayedAt", null)).sort(Sorts.ascending("ingestedAt", "_id")).limit(limit)
                .forEach(d -> pending.add(ArticleDocuments.fromDocument(d)));
        return pending;
    }

    @Override
    public void markPublished(List<String> articleIds) {
        articles.updateMany(Filters.in("_id", articleIds), Updates.set("relayedAt", new Date()));
    }

    @Override
    public void forEachOriginal(BiConsumer<String, int[]> sink) {
        articles.find(Filters.eq("nearDuplicateOf", null)).projection(Projections.include("_id", "minhash"))
                .forEach(d -> sink.accept(d.getString("_id"), ArticleDocuments.signature(d)));
    }

    @Override
    public long countPending() {
        return articles.countDocuments(Filters.eq("relayedAt", null));
    }
}
