package org.factline.bench.claims;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.factline.deploy.infra.EmbeddedMongo;

/** The MongoDB-wire server of {@code ./factline up} (in-memory backend), in the benchmark's JVM, with a client. */
final class EmbeddedStore implements AutoCloseable {

    final EmbeddedMongo server;
    final MongoClient client;
    final String database = "factline_claims_bench";

    EmbeddedStore() {
        server = new EmbeddedMongo("127.0.0.1", 0, null).start();
        client = MongoClients.create(server.connectionString());
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
