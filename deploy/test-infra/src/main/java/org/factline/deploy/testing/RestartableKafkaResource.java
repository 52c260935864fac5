package org.factline.deploy.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.Map;

/**
 * Like {@link FactlineInfraResource}, but with a broker of the test's own that it can stop and
 * restart (through an {@link InjectBrokerControl} field). Always the embedded broker: a container
 * would come back on another port. MongoDB is the shared test server.
 */
public class RestartableKafkaResource implements QuarkusTestResourceLifecycleManager {

    private BrokerControl control;

    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // released before the broker binds it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            control = new BrokerControl(port, Files.createTempDirectory("factline-restartable-kafka")).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "kafka.bootstrap.servers", control.bootstrapServers(),
                "quarkus.mongodb.connection-string", TestInfrastructure.shared().mongoConnectionString(),
                "quarkus.devservices.enabled", "false");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(control, new TestInjector.AnnotatedAndMatchesType(InjectBrokerControl.class, BrokerControl.class));
    }

    @Override
    public void stop() {
        if (control != null) {
            control.stop();
        }
    }
}
