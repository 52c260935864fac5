package org.factline.claims.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.claims.domain.ClaimRecord;
import org.factline.claims.domain.ClaimView;
import org.factline.claims.domain.ClaimViews;

/**
 * Collection {@code claims}: one document per claim (the view as JSON, the figures the sources
 * model sums, and query fields). Derived data, rebuilt by replaying {@code fact_events}.
 */
@ApplicationScoped
public class MongoClaimViews implements ClaimViews {

    private final MongoCollection<Document> claims;

    public MongoClaimViews(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.claims = client.getDatabase(database).getCollection("claims");
        createIndexes();
    }

    private void createIndexes() {
        claims.createIndex(Indexes.ascending("factKey", "arrival")); // ofFact(s): by fact, in arrival order
        claims.createIndex(Indexes.ascending("articleId"));
    }

    @Override
    public List<ClaimRecord> ofFact(String factKey) {
        List<ClaimRecord> out = new ArrayList<>();
        claims.find(Filters.eq("factKey", factKey)).sort(Sorts.ascending("arrival", "_id")).forEach(d -> out.add(record(d)));
        return out;
    }

    @Override
    public Map<String, List<ClaimRecord>> ofFacts(Collection<String> factKeys) {
        Map<String, List<ClaimRecord>> out = new HashMap<>();
        if (!factKeys.isEmpty()) {
            claims.find(Filters.in("factKey", factKeys)).sort(Sorts.ascending("arrival", "_id"))
                    .forEach(d -> out.computeIfAbsent(d.getString("factKey"), k -> new ArrayList<>()).add(record(d)));
        }
        return out;
    }

    @Override
    public List<ClaimView> ofArticle(String articleId) {
        List<ClaimView> out = new ArrayList<>();
        claims.find(Filters.eq("articleId", articleId)).sort(Sorts.ascending("arrival", "_id"))
                .forEach(d -> out.add(ViewJson.read(d, ClaimView.class)));
        return out;
    }

    @Override
    public List<String> factKeysOfArticle(String articleId) {
        List<String> out = new ArrayList<>();
        claims.distinct("factKey", Filters.eq("articleId", articleId), String.class).forEach(out::add);
        return out;
    }

    @Override
    public void saveAll(Collection<ClaimRecord> records) {
        DocumentBatches.replaceAll(claims, records.stream().map(MongoClaimViews::document).toList());
    }

    private static Document document(ClaimRecord r) {
        return new Document("_id", r.view().claimId())
                .append("factKey", r.view().factKey())
                .append("articleId", r.view().provenance().articleId())
                .append("outlet", r.outlet())
                .append("status", r.view().status())
                .append("corroborated", r.corroborated())
                .append("contradicted", r.contradicted())
                .append("verdictsWon", r.verdictsWon())
                .append("verdictsLost", r.verdictsLost())
                .append("arrival", r.arrival())
                .append("position", r.position())
                .append("view", ViewJson.write(r.view()));
    }

    @Override
    public void deleteAll() {
        // One command, where deleting the documents is a write (and an oplog entry) each.
        claims.drop();
        createIndexes();
    }

    private static ClaimRecord record(Document d) {
        return new ClaimRecord(ViewJson.read(d, ClaimView.class), d.getBoolean("corroborated"), d.getBoolean("contradicted"),
                ((Number) d.get("verdictsWon")).intValue(), ((Number) d.get("verdictsLost")).intValue(),
                ((Number) d.get("arrival")).longValue(), ((Number) d.get("position")).longValue());
    }
}
