package org.factline.extraction.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared (system property {@code factline.shared.dir}, set by surefire); skips the test when absent. */
final class SharedData {

    private SharedData() {
    }

    static Path require(String relative) {
        Path dir = Path.of(System.getProperty("factline.shared.dir", "../shared")).resolve(relative);
        assumeTrue(Files.exists(dir), () -> "skipped: " + dir.toAbsolutePath().normalize()
                + " is absent (set -Dfactline.shared.dir to the shared data directory to run this evaluation)");
        return dir;
    }
}
