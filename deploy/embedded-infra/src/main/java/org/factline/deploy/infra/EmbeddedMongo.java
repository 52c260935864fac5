package org.factline.deploy.infra;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire-compatible server (mongo-java-server). With a data file it uses the H2 MVStore
 * backend and keeps data across restarts; without one it keeps everything in memory, which is
 * what tests want. It has no multi-document transactions, so Factline never relies on them.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final String host;
    private final int port;
    private final Path dataFile;
    private MongoServer server;
    private MongoBackend backend;

    /** @param dataFile H2 file for persistent data, or null for the in-memory backend */
    public EmbeddedMongo(String host, int port, Path dataFile) {
        this.host = host;
        this.port = FreePorts.resolve(port);
        this.dataFile = dataFile;
    }

    public synchronized EmbeddedMongo start() {
        if (server != null) {
            return this;
        }
        backend = createBackend().version(ServerVersion.MONGO_5_0);
        MongoServer mongoServer = new MongoServer(backend);
        // The oplog lets change streams work against the embedded server as they do on a replica set.
        mongoServer.enableOplog();
        mongoServer.bind(host, port);
        server = mongoServer;
        return this;
    }

    private MongoBackend createBackend() {
        if (dataFile == null) {
            return new MemoryBackend();
        }
        try {
            Files.createDirectories(dataFile.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create MongoDB data dir for " + dataFile, e);
        }
        return new H2Backend(dataFile.toString());
    }

    public String connectionString() {
        return "mongodb://" + host + ":" + port;
    }

    public int port() {
        return port;
    }

    public boolean persistent() {
        return dataFile != null;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            // shutdown() closes the backend too, which flushes and closes the H2 store.
            server.shutdown();
            server = null;
            backend = null;
        }
    }
}
