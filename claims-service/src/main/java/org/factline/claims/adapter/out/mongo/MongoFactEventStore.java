package org.factline.claims.adapter.out.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.claims.domain.ConcurrencyConflict;
import org.factline.claims.domain.FactEventStore;
import org.factline.claims.domain.StoredCommit;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.envelope.EventEnvelope;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.value.FactKey;

/**
 * Collection {@code fact_events}: one document per decision, {@code _id = factKey#streamVersion}.
 * The unique id is the optimistic-concurrency guard (a second writer for the same version gets a
 * duplicate-key error); {@code published=false} makes the document its own outbox entry. Events
 * are kept as their exact envelope JSON, so a replay reads back the bytes that were decided.
 */
@ApplicationScoped
public class MongoFactEventStore implements FactEventStore {

    static final String SOURCE = "factline/claims-service";

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> counters;

    public MongoFactEventStore(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        MongoDatabase db = client.getDatabase(database);
        this.commits = db.getCollection("fact_events");
        this.counters = db.getCollection("counters");
        commits.createIndex(Indexes.ascending("position"), new IndexOptions().unique(true));
        // load(): a fact's commits after a stream version, in stream order. A real MongoDB uses it; the
        // embedded server ignores non-unique indexes and uses unique ones only for equality on all keys.
        commits.createIndex(Indexes.ascending("factKey", "streamVersion"), new IndexOptions().unique(true));
        commits.createIndex(Indexes.ascending("published"));
        commits.createIndex(Indexes.ascending("articleIds"));
    }

    @Override
    public List<StoredCommit> load(FactKey key, long afterStreamVersion) {
        // The usual answer is "nothing new" (a cached state, a new fact): the next commit's _id says
        // so through the primary key. The query on factKey runs only when there is something to
        // read; the embedded MongoDB-wire server ignores secondary indexes, so it scans there.
        if (commits.find(Filters.eq("_id", commitId(key.value(), afterStreamVersion + 1))).projection(new Document("_id", 1))
                .first() == null) {
            return List.of();
        }
        List<StoredCommit> stream = new ArrayList<>();
        commits.find(Filters.and(Filters.eq("factKey", key.value()), Filters.gt("streamVersion", afterStreamVersion)))
                .sort(Sorts.ascending("streamVersion"))
                .forEach(d -> stream.add(toCommit(d)));
        return stream;
    }

    @Override
    public StoredCommit append(FactKey key, long expectedStreamVersion, List<FactlineEvent> events, Instant recordedAt) {
        long streamVersion = expectedStreamVersion + 1;
        // Positions may leave gaps (a conflicting append burns one); they never go backwards.
        long position = nextPosition();
        List<EventEnvelope<FactlineEvent>> envelopes = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String id = "fact-" + key.value() + "-s" + streamVersion + "-" + i;
            envelopes.add(EventEnvelope.wrap(id, SOURCE, key.value(), recordedAt, events.get(i)));
        }
        Document doc = new Document("_id", commitId(key.value(), streamVersion))
                .append("factKey", key.value())
                .append("streamVersion", streamVersion)
                .append("position", position)
                .append("recordedAt", Date.from(recordedAt))
                .append("types", envelopes.stream().map(EventEnvelope::type).toList())
                .append("articleIds", articleIds(events))
                .append("events", envelopes.stream().map(EventCodec::encode).toList())
                .append("published", false);
        try {
            commits.insertOne(doc);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new ConcurrencyConflict(key.value(), expectedStreamVersion);
            }
            throw e;
        }
        return new StoredCommit(key.value(), streamVersion, position, recordedAt, envelopes);
    }

    @Override
    public List<StoredCommit> readFrom(long position, int limit) {
        List<StoredCommit> out = new ArrayList<>(limit);
        commits.find(Filters.gt("position", position)).sort(Sorts.ascending("position")).limit(limit)
                .forEach(d -> out.add(toCommit(d)));
        return out;
    }

    @Override
    public List<StoredCommit> unpublished(int limit) {
        List<StoredCommit> out = new ArrayList<>(limit);
        commits.find(Filters.eq("published", false)).sort(Sorts.ascending("position")).limit(limit)
                .forEach(d -> out.add(toCommit(d)));
        return out;
    }

    @Override
    public void markPublished(StoredCommit commit) {
        commits.updateOne(Filters.eq("_id", commitId(commit.factKey(), commit.streamVersion())), Updates.set("published", true));
    }

    @Override
    public List<FactKey> factsMentioning(String articleId) {
        List<FactKey> keys = new ArrayList<>();
        commits.distinct("factKey", Filters.eq("articleIds", articleId), String.class).forEach(k -> keys.add(new FactKey(k)));
        return keys;
    }

    /** The articles whose claims a decision records: the query field behind {@link #factsMentioning}. */
    private static List<String> articleIds(List<FactlineEvent> events) {
        return events.stream().filter(ClaimExtracted.class::isInstance)
                .map(e -> ((ClaimExtracted) e).provenance().articleId()).distinct().toList();
    }

    private static String commitId(String factKey, long streamVersion) {
        return factKey + "#" + streamVersion;
    }

    private long nextPosition() {
        Document counter = counters.findOneAndUpdate(Filters.eq("_id", "fact_events.position"), Updates.inc("value", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("value")).longValue();
    }

    private static StoredCommit toCommit(Document d) {
        List<EventEnvelope<FactlineEvent>> events = d.getList("events", String.class).stream().map(EventCodec::decode).toList();
        return new StoredCommit(d.getString("factKey"), ((Number) d.get("streamVersion")).longValue(),
                ((Number) d.get("position")).longValue(), d.getDate("recordedAt").toInstant(), events);
    }
}
