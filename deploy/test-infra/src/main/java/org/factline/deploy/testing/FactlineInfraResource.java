package org.factline.deploy.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The Quarkus test resource every service's integration tests use: points the app at the shared
 * real Kafka broker and MongoDB-wire server and keeps Dev Services (which need Docker) off.
 */
public class FactlineInfraResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestInfrastructure infra = TestInfrastructure.shared();
        return Map.of(
                "kafka.bootstrap.servers", infra.kafkaBootstrapServers(),
                "quarkus.mongodb.connection-string", infra.mongoConnectionString(),
                "quarkus.devservices.enabled", "false",
                "quarkus.kafka.devservices.enabled", "false",
                "quarkus.mongodb.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // Shared across test classes; TestInfrastructure stops it when the JVM exits.
    }
}
