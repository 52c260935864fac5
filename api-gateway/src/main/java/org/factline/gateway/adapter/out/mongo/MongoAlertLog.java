package org.factline.gateway.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.gateway.domain.Alert;
import org.factline.gateway.domain.AlertLog;

/** Collection {@code alerts} in the gateway's own database, one document per event id. */
@ApplicationScoped
public class MongoAlertLog implements AlertLog {

    private final MongoCollection<Document> alerts;

    MongoAlertLog(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.alerts = client.getDatabase(database).getCollection("alerts");
    }

    @Override
    public void record(Alert a) {
        Document doc = new Document("_id", a.eventId()).append("type", a.type()).append("factKey", a.factKey())
                .append("contradictionId", a.contradictionId()).append("severity", a.severity())
                .append("occurredAt", Date.from(a.occurredAt())).append("event", a.event());
        alerts.replaceOne(Filters.eq("_id", a.eventId()), doc, new ReplaceOptions().upsert(true));
    }

    @Override
    public List<Alert> recent(int limit) {
        List<Alert> out = new ArrayList<>();
        alerts.find().sort(Sorts.descending("occurredAt", "_id")).limit(limit).forEach(d -> out.add(new Alert(
                d.getString("_id"), d.getString("type"), d.getString("factKey"), d.getString("contradictionId"),
                d.getDouble("severity"), d.getDate("occurredAt").toInstant(), d.getString("event"))));
        return out;
    }
}
