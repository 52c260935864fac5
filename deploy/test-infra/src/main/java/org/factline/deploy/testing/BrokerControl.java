package org.factline.deploy.testing;

import java.nio.file.Path;
import org.factline.deploy.infra.EmbeddedKafka;

/**
 * A Kafka broker a test can stop and start again on the same port and log directory, to show
 * what a service does while its broker is away.
 */
public final class BrokerControl {

    private final int port;
    private final Path logDir;
    private EmbeddedKafka broker;

    BrokerControl(int port, Path logDir) {
        this.port = port;
        this.logDir = logDir;
    }

    synchronized BrokerControl start() {
        if (broker == null) {
            broker = new EmbeddedKafka("127.0.0.1", port, 0, logDir, 1).start();
        }
        return this;
    }

    /** Stops the broker; clients see connection failures until {@link #restart()}. */
    public synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    public synchronized void restart() {
        start();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }
}
