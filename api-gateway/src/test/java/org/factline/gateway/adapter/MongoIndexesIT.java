package org.factline.gateway.adapter;

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
import org.factline.gateway.domain.AlertLog;
import org.factline.gateway.domain.ApiKeyStore;
import org.factline.gateway.domain.SubscriptionStore;
import org.junit.jupiter.api.Test;

/**
 * Every query the gateway makes beyond a key lookup has its index declared, so a real MongoDB
 * serves it without scanning (the embedded server ignores secondary indexes: only their
 * declaration can be checked here).
 */
@QuarkusTest
@QuarkusTestResource(value = FactlineInfraResource.class, restrictToAnnotatedClass = true)
class MongoIndexesIT {

    @Inject
    MongoClient client;
    @Inject
    AlertLog alerts;
    @Inject
    SubscriptionStore subscriptions;
    @Inject
    ApiKeyStore keys;
    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @Test
    void theStoresDeclareTheIndexesTheirQueriesNeed() {
        alerts.lastSequence(); // stores declare their indexes when first used
        subscriptions.all();
        keys.all();
        assertThat(keys("alerts")).contains("{\"seq\": 1}", "{\"occurredAt\": 1, \"_id\": 1}", "{\"contradictionId\": 1}");
        assertThat(keys("subscriptions")).contains("{\"ownerKeyId\": 1, \"createdAt\": 1, \"_id\": 1}");
        assertThat(keys("api_keys")).contains("{\"opaque\": 1, \"revokedAt\": 1}");
    }

    private List<String> keys(String collection) {
        return client.getDatabase(database).getCollection(collection).listIndexes()
                .map(index -> index.get("key", Document.class).toJson()).into(new ArrayList<>());
    }
}
