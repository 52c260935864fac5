package org.factline.system;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factline.deploy.infra.EmbeddedInfrastructure;

/**
 * The whole slice as {@code ./factline up} runs it: the embedded Kafka broker and MongoDB-wire
 * server, and the four packaged services as separate JVMs, the gateway with a known first admin key.
 */
final class FactlineSystem {

    final EmbeddedInfrastructure infra;
    ServiceProcess claims;
    ServiceProcess extraction;
    ServiceProcess ingest;
    ServiceProcess gateway;

    private FactlineSystem(Path work) {
        infra = EmbeddedInfrastructure.forTests(work).start();
    }

    /** Starts everything and waits until every service reports ready; stops what started when that fails. */
    static FactlineSystem start(Path root, Path work, String adminKey) throws InterruptedException {
        FactlineSystem system = new FactlineSystem(work);
        try {
            system.claims = new ServiceProcess(root, "claims-service", system.infraEnv()).start();
            system.extraction = new ServiceProcess(root, "extraction-service", system.infraEnv()).start();
            system.ingest = new ServiceProcess(root, "ingest-service", system.infraEnv()).start();
            Map<String, String> gatewayEnv = new HashMap<>(system.infraEnv());
            gatewayEnv.put("CLAIMS_SERVICE_URL", system.claims.url());
            gatewayEnv.put("FACTLINE_ADMIN_KEY", adminKey);
            system.gateway = new ServiceProcess(root, "api-gateway", gatewayEnv).start();
            for (ServiceProcess s : List.of(system.claims, system.extraction, system.ingest, system.gateway)) {
                await(s.name() + " ready").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                        .until(() -> Http.ready(s));
            }
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    /** What every service needs to reach the infrastructure. */
    Map<String, String> infraEnv() {
        return Map.of("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers(), "MONGODB_URI", infra.mongoConnectionString());
    }

    /** Stops what started, services first; safe on a system that failed to start completely. */
    static void stop(FactlineSystem system) throws InterruptedException {
        if (system != null) {
            system.close();
        }
    }

    void close() throws InterruptedException {
        for (ServiceProcess s : new ServiceProcess[] {gateway, ingest, extraction, claims}) {
            if (s != null) {
                s.close();
            }
        }
        infra.close();
    }
}
