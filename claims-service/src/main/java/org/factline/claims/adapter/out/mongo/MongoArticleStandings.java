package org.factline.claims.adapter.out.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.claims.domain.ArticleStanding;
import org.factline.claims.domain.ArticleStandings;
import org.factline.claims.domain.ExtractorVersion;

/**
 * Collection {@code article_standings}: one document per article with its retraction (reason,
 * time) and the newest extractor version seen, changed only by conditional updates so concurrent
 * consumers (an article's claims are spread over partitions) never lose a raise.
 */
@ApplicationScoped
public class MongoArticleStandings implements ArticleStandings {

    private static final int ATTEMPTS = 10;

    private final MongoCollection<Document> standings;

    MongoArticleStandings(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.standings = client.getDatabase(database).getCollection("article_standings");
    }

    @Override
    public ArticleStanding find(String articleId) {
        Document d = standings.find(Filters.eq("_id", articleId)).first();
        if (d == null) {
            return ArticleStanding.unknown(articleId);
        }
        Date retractedAt = d.getDate("retractedAt");
        return new ArticleStanding(articleId, d.getString("retractionReason"),
                retractedAt == null ? null : retractedAt.toInstant(), d.getString("newestExtractorVersion"),
                d.getString("sweptVersion"));
    }

    @Override
    public ArticleStanding retract(String articleId, String reason, Instant at) {
        try {
            standings.updateOne(Filters.and(Filters.eq("_id", articleId), Filters.eq("retractionReason", null)),
                    Updates.combine(Updates.set("retractionReason", reason), Updates.set("retractedAt", Date.from(at))),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e; // a duplicate key means it was retracted already: the first retraction stays
            }
        }
        return find(articleId);
    }

    @Override
    public ArticleStanding sawExtractorVersion(String articleId, String version) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ArticleStanding known = find(articleId);
            String newest = known.newestExtractorVersion();
            if (newest != null && ExtractorVersion.compare(version, newest) <= 0) {
                return known;
            }
            try {
                // Conditional on the version read: a concurrent raise makes this match nothing, and we read again.
                long changed = standings.updateOne(Filters.and(Filters.eq("_id", articleId),
                                Filters.eq("newestExtractorVersion", newest)),
                        newest == null
                                ? Updates.combine(Updates.set("newestExtractorVersion", version), Updates.set("sweptVersion", version))
                                : Updates.set("newestExtractorVersion", version),
                        new UpdateOptions().upsert(true)).getModifiedCount();
                if (changed > 0 || newest == null) {
                    return find(articleId);
                }
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("article " + articleId + " standing kept changing; try again");
    }

    @Override
    public void swept(String articleId, String version) {
        standings.updateOne(Filters.and(Filters.eq("_id", articleId), Filters.eq("newestExtractorVersion", version)),
                Updates.set("sweptVersion", version));
    }
}
