package org.factline.extraction.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.extraction.domain.ExtractionLog;

/** Collection {@code extractions}: one document per article, replaced on re-extraction. */
@ApplicationScoped
public class MongoExtractionLog implements ExtractionLog {

    private final MongoCollection<Document> extractions;

    MongoExtractionLog(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.extractions = client.getDatabase(database).getCollection("extractions");
    }

    @Override
    public void record(Entry e) {
        Document doc = new Document("_id", e.articleId()).append("outlet", e.outlet())
                .append("extractorVersion", e.extractorVersion()).append("claimIds", e.claimIds())
                .append("extractedAt", Date.from(e.extractedAt()));
        extractions.replaceOne(Filters.eq("_id", e.articleId()), doc, new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<Entry> find(String articleId) {
        return Optional.ofNullable(extractions.find(Filters.eq("_id", articleId)).first()).map(d -> new Entry(
                d.getString("_id"), d.getString("outlet"), d.getString("extractorVersion"),
                d.getList("claimIds", String.class, List.of()), d.getDate("extractedAt").toInstant()));
    }
}
