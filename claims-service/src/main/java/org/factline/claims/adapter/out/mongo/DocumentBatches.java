package org.factline.claims.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;

/**
 * The projector's reads and writes a batch at a time: one round trip for many documents instead
 * of one per document (the round trip, not the work, is what a replayed commit used to cost).
 */
final class DocumentBatches {

    private DocumentBatches() {
    }

    /** The documents with those ids, read by {@code read}, by id; ids without a document are left out. */
    static <V> Map<String, V> byIds(MongoCollection<Document> collection, Collection<String> ids, Function<Document, V> read) {
        Map<String, V> found = new HashMap<>();
        if (!ids.isEmpty()) {
            collection.find(Filters.in("_id", ids)).forEach(d -> found.put(d.getString("_id"), read.apply(d)));
        }
        return found;
    }

    /** Inserts or replaces every document by its {@code _id}, in order, in one bulk write. */
    static void replaceAll(MongoCollection<Document> collection, List<Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        collection.bulkWrite(documents.stream()
                .map(d -> new ReplaceOneModel<>(Filters.eq("_id", d.get("_id")), d, upsert)).toList(),
                new BulkWriteOptions().ordered(true));
    }
}
