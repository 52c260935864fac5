package org.factline.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged service run as its own JVM process, the way {@code ./factline up} runs it. */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path jar;
    private final Path log;
    private final Map<String, String> env;
    private Process process;

    ServiceProcess(Path root, String name, Map<String, String> env) {
        this.name = name;
        this.port = freePort();
        this.jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        this.log = root.resolve("system-tests/target/system-logs/" + name + ".log");
        this.env = env;
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the build (./mvnw -B verify) from the root");
        }
    }

    ServiceProcess start() {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(List.of(javaBin(), "-Xmx256m", "-XX:+UseSerialGC",
                    "-Dquarkus.http.port=" + port, "-jar", jar.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().putAll(env);
            process = pb.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Like a crash or the OOM killer: no shutdown hooks, no offset commits. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
