package org.factline.bench.claims;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.factline.deploy.infra.EmbeddedMongo;

/**
 * The MongoDB-wire server of {@code ./factline up} in the benchmark's JVM, with a client. Backend
 * {@code memory} is what tests and {@code FACTLINE_MONGO_MEMORY=1} use; {@code h2} is the
 * persistent default of {@code ./factline up} (an H2 MVStore file in a temporary folder, deleted
 * on close).
 */
final class EmbeddedStore implements AutoCloseable {

    static final String MEMORY = "memory";
    static final String H2 = "h2";

    final EmbeddedMongo server;
    final MongoClient client;
    final String database = "factline_claims_bench";
    private final Path folder;

    EmbeddedStore(String backend) {
        if (!H2.equals(backend) && !MEMORY.equals(backend)) {
            throw new IllegalArgumentException("backend is " + MEMORY + " or " + H2 + ", not " + backend);
        }
        folder = H2.equals(backend) ? temporaryFolder() : null;
        server = new EmbeddedMongo("127.0.0.1", 0, folder == null ? null : folder.resolve("bench.mv")).start();
        client = MongoClients.create(server.connectionString());
    }

    @Override
    public void close() {
        client.close();
        server.close();
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("factline-claims-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
