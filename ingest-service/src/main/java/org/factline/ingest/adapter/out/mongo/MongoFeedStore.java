package org.factline.ingest.adapter.out.mongo;

import static org.factline.ingest.adapter.out.mongo.MongoDates.date;
import static org.factline.ingest.adapter.out.mongo.MongoDates.instant;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.ingest.domain.feed.Feed;
import org.factline.ingest.domain.feed.FeedPorts;

/** Collection {@code feeds}: one document per registered feed with its polling state. */
@ApplicationScoped
public class MongoFeedStore implements FeedPorts.Store {

    private final MongoCollection<Document> feeds;

    MongoFeedStore(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.feeds = client.getDatabase(database).getCollection("feeds");
        feeds.createIndex(Indexes.ascending("url")); // findByUrl: a registration looks for the same feed first
    }

    @Override
    public void save(Feed f) {
        Document d = new Document("_id", f.id()).append("url", f.url()).append("pollIntervalSeconds", f.pollInterval().toSeconds())
                .append("etag", f.etag()).append("lastModified", f.lastModified()).append("seenItems", f.seenItems())
                .append("consecutiveFailures", f.consecutiveFailures()).append("lastError", f.lastError())
                .append("lastPolledAt", date(f.lastPolledAt())).append("nextPollAt", date(f.nextPollAt()))
                .append("itemsIngested", f.itemsIngested()).append("itemsRejected", f.itemsRejected())
                .append("notModified", f.notModified()).append("createdAt", date(f.createdAt()));
        feeds.replaceOne(Filters.eq("_id", f.id()), d, new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<Feed> find(String id) {
        return Optional.ofNullable(feeds.find(Filters.eq("_id", id)).first()).map(MongoFeedStore::feed);
    }

    @Override
    public Optional<Feed> findByUrl(String url) {
        return Optional.ofNullable(feeds.find(Filters.eq("url", url)).first()).map(MongoFeedStore::feed);
    }

    @Override
    public List<Feed> all() {
        List<Feed> all = new ArrayList<>();
        feeds.find().sort(Sorts.ascending("createdAt")).forEach(d -> all.add(feed(d)));
        return all;
    }

    @Override
    public boolean delete(String id) {
        return feeds.deleteOne(Filters.eq("_id", id)).getDeletedCount() > 0;
    }

    private static Feed feed(Document d) {
        return new Feed(d.getString("_id"), d.getString("url"), Duration.ofSeconds(((Number) d.get("pollIntervalSeconds")).longValue()),
                d.getString("etag"), d.getString("lastModified"), d.getList("seenItems", String.class, List.of()),
                d.getInteger("consecutiveFailures", 0), d.getString("lastError"), instant(d.getDate("lastPolledAt")),
                instant(d.getDate("nextPollAt")), ((Number) d.get("itemsIngested")).longValue(),
                ((Number) d.get("itemsRejected")).longValue(), ((Number) d.get("notModified")).longValue(),
                instant(d.getDate("createdAt")));
    }

}
