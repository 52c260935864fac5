package org.factline.claims.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.UpdateOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.claims.domain.FactStatus;
import org.factline.claims.domain.FactView;
import org.factline.claims.domain.FactViews;

/**
 * Collection {@code facts} (one document per fact key, the view as JSON plus query fields) and
 * {@code projection_checkpoints}. The view document is derived data: dropping both collections
 * and replaying the store rebuilds them.
 */
@ApplicationScoped
public class MongoFactViews implements FactViews {

    private static final String CHECKPOINT_ID = "facts";

    private final MongoCollection<Document> facts;
    private final MongoCollection<Document> checkpoints;

    public MongoFactViews(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        MongoDatabase db = client.getDatabase(database);
        this.facts = db.getCollection("facts");
        this.checkpoints = db.getCollection("projection_checkpoints");
    }

    @Override
    public Optional<FactView> find(String factKey) {
        return Optional.ofNullable(facts.find(Filters.eq("_id", factKey)).first()).map(d -> ViewJson.read(d, FactView.class));
    }

    @Override
    public Map<String, FactView> findAll(Collection<String> factKeys) {
        return DocumentBatches.byIds(facts, factKeys, d -> ViewJson.read(d, FactView.class));
    }

    @Override
    public void saveAll(Collection<FactView> views) {
        DocumentBatches.replaceAll(facts, views.stream().map(MongoFactViews::document).toList());
    }

    private static Document document(FactView view) {
        return new Document("_id", view.factKey())
                .append("predicate", view.predicate())
                .append("subject", view.subject())
                .append("status", view.status().name())
                .append("position", view.position())
                .append("view", ViewJson.write(view));
    }

    @Override
    public List<FactView> search(String predicate, String subjectContains, FactStatus status, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (predicate != null) {
            filters.add(Filters.eq("predicate", predicate));
        }
        if (subjectContains != null) {
            // Quoted: user text is matched literally, never interpreted as a pattern or operator.
            filters.add(Filters.regex("subject", Pattern.quote(subjectContains), "i"));
        }
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        List<FactView> out = new ArrayList<>();
        facts.find(filters.isEmpty() ? new Document() : Filters.and(filters)).sort(Sorts.descending("position")).limit(limit)
                .forEach(d -> out.add(ViewJson.read(d, FactView.class)));
        return out;
    }

    @Override
    public long checkpoint() {
        Document d = checkpoints.find(Filters.eq("_id", CHECKPOINT_ID)).first();
        return d == null ? 0L : ((Number) d.get("position")).longValue();
    }

    @Override
    public void saveCheckpoint(long position) {
        checkpoints.updateOne(Filters.eq("_id", CHECKPOINT_ID), Updates.set("position", position), new UpdateOptions().upsert(true));
    }

    @Override
    public void deleteAll() {
        facts.drop(); // one command rather than one write per document; see MongoClaimViews
        checkpoints.deleteOne(Filters.eq("_id", CHECKPOINT_ID));
    }

}
