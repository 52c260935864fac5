package org.factline.system;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.factline.deploy.infra.EmbeddedInfrastructure;

/**
 * The whole system as {@code ./factline up} runs it: the embedded Kafka broker and MongoDB-wire
 * server, and the four packaged services as separate JVMs, each started with the environment
 * {@code up} gives it. One instance per test class; {@link #restart} brings a killed service back
 * on the same infrastructure.
 */
final class FactlineSystem implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("factline.root.dir", "..")).toAbsolutePath().normalize();
    static final Path SHARED = Path.of(System.getProperty("factline.shared.dir", "../shared")).toAbsolutePath().normalize();

    /** The gateway's first admin key for this run; generated here, never stored in the repo. */
    final String adminKey = "system-test-" + UUID.randomUUID();
    final EmbeddedInfrastructure infra;
    private final Map<String, ServiceProcess> services = new HashMap<>();

    private FactlineSystem(Path work) {
        this.infra = EmbeddedInfrastructure.forTests(work).start();
    }

    /** Starts infrastructure and services and waits until every service reports ready. */
    static FactlineSystem start(Path work) {
        FactlineSystem system = new FactlineSystem(work);
        try {
            for (String name : List.of("claims-service", "extraction-service", "ingest-service", "api-gateway")) {
                system.launch(name);
            }
            system.services.values().forEach(FactlineSystem::awaitReady);
            return system;
        } catch (RuntimeException e) {
            closeQuietly(system, e);
            throw e;
        }
    }

    ServiceProcess ingest() {
        return services.get("ingest-service");
    }

    ServiceProcess extraction() {
        return services.get("extraction-service");
    }

    ServiceProcess claims() {
        return services.get("claims-service");
    }

    ServiceProcess gateway() {
        return services.get("api-gateway");
    }

    /**
     * Starts {@code name} again after {@link ServiceProcess#kill()}, on the same port and with the
     * same environment, without waiting for it to be ready.
     */
    ServiceProcess restart(String name) {
        ServiceProcess s = services.get(name);
        if (s.alive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return s.start();
    }

    static void awaitReady(ServiceProcess s) {
        await(s.name() + " ready").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> Http.ready(s));
    }

    private ServiceProcess launch(String name) {
        Map<String, String> env = new HashMap<>(Map.of("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers(),
                "MONGODB_URI", infra.mongoConnectionString()));
        if (name.equals("api-gateway")) {
            env.put("CLAIMS_SERVICE_URL", claims().url());
            env.put("INGEST_SERVICE_URL", ingest().url());
            env.put("FACTLINE_ADMIN_KEY", adminKey);
        }
        ServiceProcess process = new ServiceProcess(ROOT, name, env).start();
        services.put(name, process);
        return process;
    }

    /** A start that failed half way stops what did start, so no JVM outlives the test run. */
    private static void closeQuietly(FactlineSystem system, RuntimeException cause) {
        try {
            system.close();
        } catch (InterruptedException | RuntimeException e) {
            cause.addSuppressed(e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (String name : List.of("api-gateway", "ingest-service", "extraction-service", "claims-service")) {
            ServiceProcess s = services.get(name);
            if (s != null) {
                s.close();
            }
        }
        infra.close();
    }
}
