package org.factline.claims.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.UpdateOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.claims.domain.FactPage;
import org.factline.claims.domain.FactQuery;
import org.factline.claims.domain.FactView;
import org.factline.claims.domain.FactViews;
import org.factline.contracts.value.TimeInterval;

/**
 * Collection {@code facts} (one document per fact key, the view as JSON plus query fields) and
 * {@code projection_checkpoints}. The view document is derived data: dropping both collections
 * and replaying the store rebuilds them.
 */
@ApplicationScoped
public class MongoFactViews implements FactViews {

    private static final String CHECKPOINT_ID = "facts";
    private static final String REFERENCE_START = "referenceStart";
    private static final String REFERENCE_END = "referenceEnd";

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
        Document d = new Document("_id", view.factKey())
                .append("predicate", view.predicate())
                .append("subject", view.subject())
                .append("status", view.status().name())
                .append("outlets", view.outlets())
                .append("position", view.position());
        TimeInterval reference = view.referenceTime();
        if (reference != null) {
            // Present (with null for an open side) only when the fact has a reference time, so a range never matches facts without one.
            d.append(REFERENCE_START, date(reference.start())).append(REFERENCE_END, date(reference.end()));
        }
        return d.append("view", ViewJson.write(view));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    @Override
    public FactPage search(FactQuery query, String afterKey, int limit) {
        List<Bson> filters = filters(query);
        if (afterKey != null) {
            filters.add(Filters.gt("_id", afterKey));
        }
        List<FactView> out = new ArrayList<>();
        // One more than asked tells whether another page follows.
        facts.find(filters.isEmpty() ? new Document() : Filters.and(filters)).sort(Sorts.ascending("_id")).limit(limit + 1)
                .forEach(d -> out.add(ViewJson.read(d, FactView.class)));
        if (out.size() <= limit) {
            return new FactPage(out, null);
        }
        List<FactView> page = out.subList(0, limit);
        return new FactPage(page, page.get(limit - 1).factKey());
    }

    /** Every value is a plain string or instant compared with eq/gt/lt, so no request text can become an operator. */
    private static List<Bson> filters(FactQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.predicate() != null) {
            filters.add(Filters.eq("predicate", query.predicate()));
        }
        if (query.subjectContains() != null) {
            // Quoted: user text is matched literally, never interpreted as a pattern or operator.
            filters.add(Filters.regex("subject", Pattern.quote(query.subjectContains()), "i"));
        }
        if (query.status() != null) {
            filters.add(Filters.eq("status", query.status().name()));
        }
        if (query.outlet() != null) {
            filters.add(Filters.eq("outlets", query.outlet()));
        }
        if (query.hasReferenceRange()) {
            filters.add(Filters.exists(REFERENCE_START));
        }
        if (query.referenceFrom() != null) { // overlaps [from, ...): ends after from, or is open-ended
            filters.add(Filters.or(Filters.eq(REFERENCE_END, null), Filters.gt(REFERENCE_END, Date.from(query.referenceFrom()))));
        }
        if (query.referenceTo() != null) { // overlaps [..., to): starts before to, or is open-started
            filters.add(Filters.or(Filters.eq(REFERENCE_START, null), Filters.lt(REFERENCE_START, Date.from(query.referenceTo()))));
        }
        return filters;
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
