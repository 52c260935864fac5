package org.factline.gateway.adapter.out.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.gateway.domain.Alert;
import org.factline.gateway.domain.AlertFilter;
import org.factline.gateway.domain.AlertLog;

/**
 * Collection {@code alerts} in the gateway's own database, one document per event id, each with a
 * sequence number from the {@code counters} collection. Recording is serialised in this instance,
 * so sequence numbers become visible in order and a reader resuming after N never skips one.
 * {@code subjectFolded} and {@code outletsFolded} hold the folded values the filters compare with.
 */
@ApplicationScoped
public class MongoAlertLog implements AlertLog {

    private static final String COUNTER = "alerts.sequence";

    private final MongoCollection<Document> alerts;
    private final MongoCollection<Document> counters;

    MongoAlertLog(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        MongoDatabase db = client.getDatabase(database);
        this.alerts = db.getCollection("alerts");
        this.counters = db.getCollection("counters");
        alerts.createIndex(Indexes.ascending("seq"), new IndexOptions());
        alerts.createIndex(Indexes.ascending("occurredAt", "_id")); // recent(): newest first, the index read backwards
        alerts.createIndex(Indexes.ascending("contradictionId")); // detectionOf(): a resolution finds its detection
        backfillSequences();
    }

    @Override
    public synchronized Optional<Alert> record(Alert a) {
        if (alerts.find(Filters.eq("_id", a.eventId())).first() != null) {
            return Optional.empty();
        }
        Alert numbered = a.withSequence(nextSequence());
        try {
            alerts.insertOne(toDocument(numbered));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return Optional.empty(); // another instance recorded it first
            }
            throw e;
        }
        return Optional.of(numbered);
    }

    @Override
    public List<Alert> recent(int limit) {
        return list(new Document(), Sorts.descending("occurredAt", "_id"), limit);
    }

    @Override
    public List<Alert> after(long after, AlertFilter filter, int limit) {
        List<Bson> conditions = new ArrayList<>();
        conditions.add(Filters.gt("seq", after));
        // Every value is compared with eq/gte on a fixed field: a query parameter can never become an operator.
        if (filter.factKey() != null) {
            conditions.add(Filters.eq("factKey", filter.factKey()));
        }
        if (filter.predicate() != null) {
            conditions.add(Filters.eq("predicate", filter.predicate()));
        }
        if (filter.subject() != null) {
            conditions.add(Filters.eq("subjectFolded", filter.subject()));
        }
        if (filter.outlet() != null) {
            conditions.add(Filters.eq("outletsFolded", filter.outlet())); // matches any element of the array
        }
        if (filter.minSeverity() != null) {
            conditions.add(Filters.gte("severity", filter.minSeverity()));
        }
        return list(Filters.and(conditions), Sorts.ascending("seq"), limit);
    }

    @Override
    public Optional<Alert> detectionOf(String contradictionId) {
        Document d = alerts.find(Filters.and(Filters.eq("contradictionId", contradictionId),
                Filters.eq("type", ContradictionDetected.TYPE))).first();
        return Optional.ofNullable(d).map(MongoAlertLog::toAlert);
    }

    @Override
    public long lastSequence() {
        Document c = counters.find(Filters.eq("_id", COUNTER)).first();
        return c == null ? 0 : ((Number) c.get("value")).longValue();
    }

    /** Alerts stored before sequence numbers existed get them, oldest first. */
    private synchronized void backfillSequences() {
        List<Document> unnumbered = new ArrayList<>();
        alerts.find(Filters.exists("seq", false)).sort(Sorts.ascending("occurredAt", "_id")).forEach(unnumbered::add);
        for (Document d : unnumbered) {
            String factKey = d.getString("factKey");
            String predicate = factKey != null && factKey.indexOf(':') > 0 ? factKey.substring(0, factKey.indexOf(':')) : null;
            alerts.updateOne(Filters.eq("_id", d.get("_id")),
                    Updates.combine(Updates.set("seq", nextSequence()), Updates.set("predicate", predicate)));
        }
    }

    private long nextSequence() {
        Document counter = counters.findOneAndUpdate(Filters.eq("_id", COUNTER), Updates.inc("value", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("value")).longValue();
    }

    private List<Alert> list(Bson filter, Bson sort, int limit) {
        List<Alert> out = new ArrayList<>();
        alerts.find(filter).sort(sort).limit(limit).forEach(d -> out.add(toAlert(d)));
        return out;
    }

    private static Document toDocument(Alert a) {
        return new Document("_id", a.eventId()).append("seq", a.sequence()).append("type", a.type())
                .append("factKey", a.factKey()).append("predicate", a.predicate())
                .append("subject", a.subject()).append("subjectFolded", AlertFilter.fold(a.subject()))
                .append("outlets", a.outlets()).append("outletsFolded", a.outlets().stream().map(AlertFilter::fold).toList())
                .append("contradictionId", a.contradictionId()).append("severity", a.severity())
                .append("occurredAt", Date.from(a.occurredAt())).append("event", a.event());
    }

    private static Alert toAlert(Document d) {
        Number seq = (Number) d.get("seq");
        Number severity = (Number) d.get("severity");
        String factKey = d.getString("factKey");
        String predicate = d.getString("predicate");
        if (predicate == null && factKey != null && factKey.indexOf(':') > 0) {
            predicate = factKey.substring(0, factKey.indexOf(':'));
        }
        return new Alert(seq == null ? 0 : seq.longValue(), d.getString("_id"), d.getString("type"), factKey, predicate,
                d.getString("subject"), d.getList("outlets", String.class), d.getString("contradictionId"), severity == null ? null : severity.doubleValue(),
                d.getDate("occurredAt").toInstant(), d.getString("event"));
    }
}
