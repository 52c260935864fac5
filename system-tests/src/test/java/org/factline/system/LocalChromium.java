package org.factline.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The installed Chromium and chromedriver (Debian packages {@code chromium} and
 * {@code chromium-driver}), driven headless. Nothing is downloaded: when either is missing the
 * test is skipped with the install command, or fails when {@code FACTLINE_REQUIRE_BROWSER=1} (CI).
 * {@code FACTLINE_CHROMIUM} and {@code FACTLINE_CHROMEDRIVER} point at other installations.
 */
final class LocalChromium {

    static final String INSTALL_HINT = "Chromium and chromedriver are needed for the dashboard browser test. Install them with: "
            + "sudo apt-get install -y chromium chromium-driver (Debian/Ubuntu; as root without sudo), or point "
            + "FACTLINE_CHROMIUM and FACTLINE_CHROMEDRIVER at an installed browser and its driver. "
            + "With FACTLINE_REQUIRE_BROWSER=1 (as in CI) a missing browser fails the build instead of skipping this test.";

    private final Path browser;
    private final Path driver;

    private LocalChromium(Path browser, Path driver) {
        this.browser = browser;
        this.driver = driver;
    }

    /** The installed browser and driver; skips (or, when required, fails) the calling test without them. */
    static LocalChromium findOrSkip() {
        Optional<Path> browser = executable("FACTLINE_CHROMIUM", "chromium", "chromium-browser");
        Optional<Path> driver = executable("FACTLINE_CHROMEDRIVER", "chromedriver");
        if (browser.isEmpty() || driver.isEmpty()) {
            String missing = (browser.isEmpty() ? "chromium " : "") + (driver.isEmpty() ? "chromedriver " : "");
            String message = "Not found: " + missing.strip() + ". " + INSTALL_HINT;
            System.err.println("[dashboard browser test] " + message);
            if ("1".equals(System.getenv("FACTLINE_REQUIRE_BROWSER"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return new LocalChromium(browser.get(), driver.get());
    }

    /** A fresh headless browser with its own profile; its driver's log goes beside the service logs. */
    ChromeDriver start(Path profile, Path driverLog) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1400,1700", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().withLogFile(driverLog.toFile()).build();
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> executable(String overrideVariable, String... names) {
        String override = System.getenv(overrideVariable);
        if (override != null && !override.isBlank()) {
            return Optional.of(Path.of(override)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin");
        return Stream.of(names).flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }
}
