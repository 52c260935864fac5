package org.factline.gateway.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.gateway.domain.AlertFilter;
import org.factline.gateway.domain.Subscription;
import org.factline.gateway.domain.SubscriptionStore;

/** Collection {@code subscriptions}: one document per webhook subscription with its delivery status. */
@ApplicationScoped
public class MongoSubscriptionStore implements SubscriptionStore {

    private final MongoCollection<Document> subs;

    MongoSubscriptionStore(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.subs = client.getDatabase(database).getCollection("subscriptions");
        subs.createIndex(Indexes.ascending("ownerKeyId", "createdAt", "_id")); // ownedBy(), in listing order
    }

    @Override
    public void insert(Subscription s) {
        subs.insertOne(new Document("_id", s.id()).append("ownerKeyId", s.ownerKeyId()).append("url", s.url())
                .append("secret", s.secret()).append("factKey", s.filter().factKey())
                .append("predicate", s.filter().predicate()).append("subject", s.filter().subject())
                .append("outlet", s.filter().outlet()).append("minSeverity", s.filter().minSeverity())
                .append("createdAt", Date.from(s.createdAt())).append("cursor", s.cursor()).append("delivered", 0L)
                .append("failedAttempts", 0).append("lastAttemptAt", null).append("lastStatus", null)
                .append("lastError", null));
    }

    @Override
    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(subs.find(Filters.eq("_id", id)).first()).map(MongoSubscriptionStore::toSubscription);
    }

    @Override
    public List<Subscription> all() {
        return list(new Document());
    }

    @Override
    public List<Subscription> ownedBy(String keyId) {
        return list(Filters.eq("ownerKeyId", keyId));
    }

    @Override
    public boolean delete(String id) {
        return subs.deleteOne(Filters.eq("_id", id)).getDeletedCount() > 0;
    }

    @Override
    public void delivered(String id, long sequence, int status, Instant at) {
        subs.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("cursor", sequence), Updates.inc("delivered", 1L),
                Updates.set("failedAttempts", 0), Updates.set("lastAttemptAt", Date.from(at)),
                Updates.set("lastStatus", status), Updates.set("lastError", null)));
    }

    @Override
    public void failed(String id, Integer status, String error, Instant at) {
        subs.updateOne(Filters.eq("_id", id), Updates.combine(Updates.inc("failedAttempts", 1),
                Updates.set("lastAttemptAt", Date.from(at)), Updates.set("lastStatus", status),
                Updates.set("lastError", error)));
    }

    private List<Subscription> list(Bson filter) {
        List<Subscription> out = new ArrayList<>();
        subs.find(filter).sort(Sorts.ascending("createdAt", "_id")).forEach(d -> out.add(toSubscription(d)));
        return out;
    }

    private static Subscription toSubscription(Document d) {
        Number min = (Number) d.get("minSeverity");
        Date last = d.getDate("lastAttemptAt");
        return new Subscription(d.getString("_id"), d.getString("ownerKeyId"), d.getString("url"), d.getString("secret"),
                new AlertFilter(d.getString("factKey"), d.getString("predicate"), d.getString("subject"), d.getString("outlet"),
                        min == null ? null : min.doubleValue()),
                d.getDate("createdAt").toInstant(), ((Number) d.get("cursor")).longValue(),
                ((Number) d.get("delivered")).longValue(), ((Number) d.get("failedAttempts")).intValue(),
                last == null ? null : last.toInstant(), d.getInteger("lastStatus"), d.getString("lastError"));
    }
}
