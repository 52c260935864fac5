package org.factline.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository this module sits in: its services and deploy files, found from the working directory. */
final class Repo {

    static final Path ROOT = findRoot();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    static final Path COMPOSE = ROOT.resolve("deploy/compose/compose.yaml");

    private Repo() {
    }

    /** Every service module: a top-level module with a Quarkus application.properties. */
    static List<ServiceConfig> services() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("src/main/resources/application.properties")))
                    .filter(d -> read(d.resolve("pom.xml")).contains("quarkus-maven-plugin"))
                    .sorted()
                    .map(ServiceConfig::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceConfig service(String name) {
        return services().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no service module " + name));
    }

    static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("deploy/kubernetes")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                return d;
            }
        }
        throw new IllegalStateException("no repository root (with deploy/kubernetes) above " + dir);
    }
}
