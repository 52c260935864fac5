package org.factline.evaluation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the repository and {@code ../shared} are. The repository root comes from
 * {@code factline.repo.dir} (set by surefire) or, failing that, the first parent of the working
 * directory that holds the root pom and {@code extraction-service}.
 */
public final class RepoPaths {

    private RepoPaths() {
    }

    public static Path repoRoot() {
        String configured = System.getProperty("factline.repo.dir");
        if (configured != null && Files.isDirectory(Path.of(configured, "extraction-service"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("extraction-service"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
    }

    /**
     * A file or directory under {@code ../shared}. When absent the calling test is skipped, unless
     * {@code CI=true}, where a missing shared directory is a failure.
     */
    public static Path requireShared(String relative) {
        String configured = System.getProperty("factline.shared.dir");
        Path shared = configured != null ? Path.of(configured) : repoRoot().resolve("../shared");
        Path path = shared.resolve(relative).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            String message = path + " is absent (set -Dfactline.shared.dir to the shared data directory)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and " + message);
            }
            assumeTrue(false, "skipped: " + message);
        }
        return path;
    }
}
