package org.factline.claims.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.claims.domain.ContradictionStatus;
import org.factline.claims.domain.ContradictionView;
import org.factline.claims.domain.ContradictionViews;

/**
 * Collection {@code contradictions}: one document per contradiction id, the view as JSON plus the
 * fields it is filtered and sorted by. Derived data, rebuilt by replaying {@code fact_events}.
 */
@ApplicationScoped
public class MongoContradictionViews implements ContradictionViews {

    private final MongoCollection<Document> contradictions;

    public MongoContradictionViews(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.contradictions = client.getDatabase(database).getCollection("contradictions");
        createIndexes();
    }

    private void createIndexes() {
        contradictions.createIndex(Indexes.ascending("status"), new IndexOptions());
        contradictions.createIndex(Indexes.ascending("factKey"), new IndexOptions());
    }

    @Override
    public Optional<ContradictionView> find(String contradictionId) {
        return Optional.ofNullable(contradictions.find(Filters.eq("_id", contradictionId)).first())
                .map(d -> ViewJson.read(d, ContradictionView.class));
    }

    @Override
    public Map<String, ContradictionView> findAll(Collection<String> contradictionIds) {
        return DocumentBatches.byIds(contradictions, contradictionIds, d -> ViewJson.read(d, ContradictionView.class));
    }

    @Override
    public void saveAll(Collection<ContradictionView> views) {
        DocumentBatches.replaceAll(contradictions, views.stream().map(MongoContradictionViews::document).toList());
    }

    private static Document document(ContradictionView view) {
        return new Document("_id", view.contradictionId())
                .append("factKey", view.factKey())
                .append("status", view.status().name())
                .append("detectedAt", Date.from(view.detectedAt()))
                .append("position", view.position())
                .append("view", ViewJson.write(view));
    }

    @Override
    public List<ContradictionView> list(ContradictionStatus status, String factKey, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        if (factKey != null) {
            filters.add(Filters.eq("factKey", factKey)); // an equality on a string: never an operator
        }
        List<ContradictionView> out = new ArrayList<>();
        contradictions.find(filters.isEmpty() ? new Document() : Filters.and(filters))
                .sort(Sorts.orderBy(Sorts.descending("detectedAt"), Sorts.ascending("_id"))).limit(limit)
                .forEach(d -> out.add(ViewJson.read(d, ContradictionView.class)));
        return out;
    }

    @Override
    public void deleteAll() {
        contradictions.drop(); // one command rather than one write per document; see MongoClaimViews
        createIndexes();
    }

}
