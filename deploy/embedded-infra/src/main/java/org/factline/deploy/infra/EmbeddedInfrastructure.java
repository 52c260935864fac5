package org.factline.deploy.infra;

import java.nio.file.Path;

/**
 * Kafka and MongoDB-wire together, started and stopped as one. The library form used by tests
 * ({@link #forTests}) and by {@link EmbeddedInfraMain}.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {

    private final EmbeddedKafka kafka;
    private final EmbeddedMongo mongo;

    public EmbeddedInfrastructure(EmbeddedKafka kafka, EmbeddedMongo mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    /** Free ports, a throw-away Kafka log dir under {@code workDir}, in-memory MongoDB. */
    public static EmbeddedInfrastructure forTests(Path workDir) {
        return new EmbeddedInfrastructure(
                new EmbeddedKafka("127.0.0.1", 0, 0, workDir.resolve("kafka"), 3),
                new EmbeddedMongo("127.0.0.1", 0, null));
    }

    public EmbeddedInfrastructure start() {
        mongo.start();
        try {
            kafka.start();
        } catch (RuntimeException e) {
            mongo.close();
            throw e;
        }
        return this;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoConnectionString() {
        return mongo.connectionString();
    }

    @Override
    public void close() {
        // Kafka first: services may still be writing offsets, MongoDB has nothing to flush to Kafka.
        try {
            kafka.close();
        } finally {
            mongo.close();
        }
    }
}
