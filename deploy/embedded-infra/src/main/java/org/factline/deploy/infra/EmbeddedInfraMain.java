package org.factline.deploy.infra;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * The process form, started by {@code ./factline up}. Prints one {@code READY} line with the
 * addresses when both servers accept connections, then runs until it is told to stop (SIGINT or
 * SIGTERM), closing Kafka and flushing MongoDB's H2 file on the way out.
 */
public final class EmbeddedInfraMain {

    private EmbeddedInfraMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        InfraSettings settings;
        try {
            settings = InfraSettings.parse(Arrays.asList(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("embedded-infra: " + e.getMessage());
            System.exit(2);
            return;
        }
        EmbeddedInfrastructure infra = new EmbeddedInfrastructure(
                new EmbeddedKafka(settings.host(), settings.kafkaPort(), settings.kafkaControllerPort(),
                        settings.dataDir().resolve("kafka"), settings.partitions()),
                new EmbeddedMongo(settings.host(), settings.mongoPort(),
                        settings.inMemoryMongo() ? null : settings.dataDir().resolve("mongo").resolve("factline.mv")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("embedded-infra: stopping");
            infra.close();
            stopped.countDown();
        }, "embedded-infra-shutdown"));
        try {
            infra.start();
        } catch (RuntimeException e) {
            System.err.println("embedded-infra: failed to start: " + e);
            System.exit(1);
            return;
        }
        System.out.println("READY kafka=" + infra.kafkaBootstrapServers() + " mongodb=" + infra.mongoConnectionString()
                + " data=" + settings.dataDir().toAbsolutePath());
        stopped.await();
    }
}
