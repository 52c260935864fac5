package org.factline.deploy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.factline.deploy.infra.EmbeddedInfrastructure;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * One Kafka broker and one MongoDB-wire server per test JVM, shared by every test class in it and
 * stopped when the JVM exits. Real containers when Docker answers (MongoDB as a replica set), the
 * embedded servers otherwise. {@code FACTLINE_TEST_INFRA=embedded|containers|auto} forces a choice.
 */
public final class TestInfrastructure {

    static final String KAFKA_IMAGE = "apache/kafka:4.2.1";
    static final String MONGO_IMAGE = "mongo:8.0";

    private static TestInfrastructure shared;

    private final String kafkaBootstrapServers;
    private final String mongoConnectionString;
    private final String kind;

    private TestInfrastructure(String kafkaBootstrapServers, String mongoConnectionString, String kind) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoConnectionString = mongoConnectionString;
        this.kind = kind;
    }

    // Quarkus loads test resources in a fresh classloader whenever it restarts the app for a test
    // class, which would reset a static field: the addresses live in JVM-wide system properties.
    private static final String KAFKA_PROPERTY = "factline.test-infra.kafka";
    private static final String MONGO_PROPERTY = "factline.test-infra.mongodb";
    private static final String KIND_PROPERTY = "factline.test-infra.kind";

    public static TestInfrastructure shared() {
        synchronized (System.getProperties()) {
            if (shared == null) {
                String kafka = System.getProperty(KAFKA_PROPERTY);
                shared = kafka != null
                        ? new TestInfrastructure(kafka, System.getProperty(MONGO_PROPERTY), System.getProperty(KIND_PROPERTY))
                        : remember(useContainers() ? startContainers() : startEmbedded());
            }
            return shared;
        }
    }

    private static TestInfrastructure remember(TestInfrastructure infra) {
        System.setProperty(KAFKA_PROPERTY, infra.kafkaBootstrapServers);
        System.setProperty(MONGO_PROPERTY, infra.mongoConnectionString);
        System.setProperty(KIND_PROPERTY, infra.kind);
        return infra;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String mongoConnectionString() {
        return mongoConnectionString;
    }

    /** "embedded" or "containers", for test logs. */
    public String kind() {
        return kind;
    }

    private static boolean useContainers() {
        String choice = System.getenv().getOrDefault("FACTLINE_TEST_INFRA",
                System.getProperty("factline.test.infra", "auto")).toLowerCase(Locale.ROOT);
        return switch (choice) {
            case "embedded" -> false;
            case "containers" -> true;
            case "auto" -> dockerAnswers();
            default -> throw new IllegalArgumentException(
                    "FACTLINE_TEST_INFRA must be embedded, containers or auto, got " + choice);
        };
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestInfrastructure startEmbedded() {
        Path workDir;
        try {
            workDir = Files.createTempDirectory("factline-test-infra");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.forTests(workDir).start();
        Runtime.getRuntime().addShutdownHook(new Thread(infra::close, "factline-test-infra-stop"));
        return new TestInfrastructure(infra.kafkaBootstrapServers(), infra.mongoConnectionString(), "embedded");
    }

    @SuppressWarnings("resource") // stopped by the shutdown hook
    private static TestInfrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();
        kafka.start();
        mongo.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            mongo.stop();
        }, "factline-test-containers-stop"));
        return new TestInfrastructure(kafka.getBootstrapServers(), mongo.getReplicaSetUrl(), "containers");
    }
}
