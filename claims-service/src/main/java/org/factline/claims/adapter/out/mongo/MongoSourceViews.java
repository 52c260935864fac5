package org.factline.claims.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.claims.domain.SourceView;
import org.factline.claims.domain.SourceViews;
import org.factline.claims.domain.StoredSource;

/**
 * Collection {@code sources}: one document per outlet ({@code _id} = outlet), the view as JSON,
 * its reliability to sort by, and the last commit position applied. Derived data, rebuilt by
 * replaying {@code fact_events}.
 */
@ApplicationScoped
public class MongoSourceViews implements SourceViews {

    private final MongoCollection<Document> sources;

    public MongoSourceViews(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.sources = client.getDatabase(database).getCollection("sources");
    }

    @Override
    public Optional<SourceView> find(String outlet) {
        return Optional.ofNullable(sources.find(Filters.eq("_id", outlet)).first()).map(d -> ViewJson.read(d, SourceView.class));
    }

    @Override
    public Map<String, StoredSource> findAll(Collection<String> outlets) {
        return DocumentBatches.byIds(sources, outlets,
                d -> new StoredSource(ViewJson.read(d, SourceView.class), ((Number) d.get("position")).longValue()));
    }

    @Override
    public void saveAll(Collection<StoredSource> stored) {
        DocumentBatches.replaceAll(sources, stored.stream().map(s -> new Document("_id", s.view().outlet())
                .append("reliability", s.view().reliability())
                .append("position", s.position())
                .append("view", ViewJson.write(s.view()))).toList());
    }

    @Override
    public List<SourceView> all() {
        List<SourceView> out = new ArrayList<>();
        sources.find().sort(Sorts.orderBy(Sorts.descending("reliability"), Sorts.ascending("_id")))
                .forEach(d -> out.add(ViewJson.read(d, SourceView.class)));
        return out;
    }

    @Override
    public void deleteAll() {
        sources.drop(); // one command rather than one write per document; see MongoClaimViews
    }
}
