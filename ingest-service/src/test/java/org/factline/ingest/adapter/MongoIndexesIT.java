package org.factline.ingest.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.deploy.testing.FactlineInfraResource;
import org.factline.ingest.domain.ArticleStore;
import org.factline.ingest.domain.feed.FeedPorts;
import org.junit.jupiter.api.Test;

/**
 * Every query ingest-service makes beyond a key lookup has its index declared, so a real MongoDB
 * serves it without scanning the collection (the embedded server ignores secondary indexes, so
 * only their declaration can be checked here).
 */
@QuarkusTest
@QuarkusTestResource(value = FactlineInfraResource.class, restrictToAnnotatedClass = true)
class MongoIndexesIT {

    @Inject
    MongoClient client;
    @Inject
    ArticleStore articles;
    @Inject
    FeedPorts.Store feeds;
    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @Test
    void theStoresDeclareTheIndexesTheirQueriesNeed() {
        articles.countPending(); // stores declare their indexes when first used
        feeds.all();
        assertThat(keys("articles")).contains("{\"contentHash\": 1}", "{\"relayedAt\": 1, \"ingestedAt\": 1, \"_id\": 1}");
        assertThat(keys("feeds")).contains("{\"url\": 1}");
    }

    private List<String> keys(String collection) {
        return client.getDatabase(database).getCollection(collection).listIndexes()
                .map(index -> index.get("key", Document.class).toJson()).into(new ArrayList<>());
    }
}
