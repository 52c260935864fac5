package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard in a real headless Chromium against the whole slice (four packaged services, real
 * Kafka and MongoDB-wire): with the page open, two articles that disagree about when a carrier
 * arrived are posted, and the contradiction must appear on the page without a reload; then its
 * timeline is opened and a verdict recorded. Screenshots go to {@code target/screenshots/}.
 */
class DashboardBrowserIT {

    private static final Path ROOT = FactlineSystem.ROOT;
    private static final Path SCREENSHOTS = ROOT.resolve("system-tests/target/screenshots");
    private static final Duration SLICE_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(20);
    private static final String FACT_KEY = "arrival:gerald-r-ford";
    /** Runs before the page's own scripts (CDP); see the resume test. */
    private static final String FETCH_SPY = """
            (() => {
              const realFetch = window.fetch.bind(window);
              const spy = { lastEventIds: [], cuts: [], hold: null };
              window.factlineSse = spy;
              window.fetch = (input, init) => {
                const url = typeof input === 'string' ? input : input.url;
                if (!new URL(url, location.href).pathname.endsWith('/api/v1/alerts')) {
                  return realFetch(input, init);
                }
                spy.lastEventIds.push(new Headers((init && init.headers) || {}).get('Last-Event-ID'));
                const cut = new AbortController();
                spy.cuts.push(cut);
                if (init && init.signal) {
                  init.signal.addEventListener('abort', () => cut.abort());
                }
                const go = () => realFetch(input, Object.assign({}, init, { signal: cut.signal }));
                return spy.hold ? spy.hold.then(go) : go();
              };
              spy.cut = () => {
                spy.hold = new Promise((resolve) => { spy.release = () => { spy.hold = null; resolve(); }; });
                spy.cuts.forEach((c) => c.abort());
              };
            })();
            """;

    @TempDir
    static Path work;

    static FactlineSystem system;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws InterruptedException, IOException {
        LocalChromium chromium = LocalChromium.findOrSkip();
        system = FactlineSystem.start(work);
        Path logs = Files.createDirectories(ROOT.resolve("system-tests/target/system-logs"));
        browser = chromium.start(work.resolve("chromium-profile"), logs.resolve("chromedriver.log"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (system != null) {
            system.close();
        }
    }

    @BeforeEach
    void freshPage() {
        browser.get(system.gateway().url() + "/dashboard/");
        js("sessionStorage.clear()");
        browser.navigate().refresh();
    }

    @Test
    void conflicting_articles_raise_an_alert_on_the_open_page_and_a_verdict_can_be_recorded() throws IOException {
        useKey(system.adminKey);
        onPage("feed live").atMost(PAGE_TIMEOUT).until(() -> "live".equals(byId("feed-state").getAttribute("data-state")));
        js("window.factlineSamePage = 'yes'"); // gone if the page reloads

        postArticle("Carrier reaches the Caribbean",
                "The USS Gerald R. Ford arrived in the Caribbean on November 16, officials said on Monday.", "gazette.example");
        postArticle("Carrier group on station",
                "By November 11, the navy's largest carrier, the USS Gerald R. Ford, arrived in the region, a spokesman said.",
                "wire.example");

        By alert = alertsAbout(FACT_KEY);
        onPage("contradiction alert on the page").atMost(SLICE_TIMEOUT).untilAsserted(() ->
                assertThat(browser.findElements(alert)).singleElement().satisfies(li -> assertThat(li.getText())
                        .contains("Gerald R. Ford", "gazette.example", "wire.example", "by 2025-11-11", "2025-11-16", "open")));
        assertThat(js("return window.factlineSamePage")).as("the alert arrived without a reload").isEqualTo("yes");
        screenshot("dashboard-live-alert.png");

        // The chart reads the contradictions read model, which claims-service projects on its own.
        onPage("contradiction listed by the API").atMost(SLICE_TIMEOUT).until(() -> Http.get(system.gateway().url()
                + "/api/v1/contradictions?factKey=" + FACT_KEY, system.adminKey).body().path("items").size() == 1);
        WebElement subject = browser.findElement(By.cssSelector("#search-form input[name=subject]"));
        subject.sendKeys("gerald");
        onPage("search finds the contested fact").atMost(PAGE_TIMEOUT).untilAsserted(() -> {
            browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
            assertThat(browser.findElements(By.cssSelector("#results tbody tr[data-fact-key='" + FACT_KEY + "']")))
                    .singleElement().satisfies(row -> assertThat(row.getText()).contains("contested", "gazette.example, wire.example"));
        });
        browser.findElement(alert).findElement(By.cssSelector("button.link")).click();
        onPage("timeline with the contradiction marked").atMost(PAGE_TIMEOUT).untilAsserted(() -> {
            assertThat(byId("fact").getAttribute("data-fact-key")).isEqualTo(FACT_KEY);
            assertThat(browser.findElements(By.cssSelector("#chart svg.timeline g.contradiction.open"))).hasSize(1);
            assertThat(browser.findElements(By.cssSelector("#chart svg.timeline g.bar.contradicted"))).hasSize(2);
            assertThat(browser.findElements(By.cssSelector("#versions tbody tr"))).extracting(WebElement::getText)
                    .satisfiesExactly(v1 -> assertThat(v1).startsWith("v1 created 2025-11-16"),
                            v2 -> assertThat(v2).startsWith("v2 contested 2025-11-16"));
        });

        WebElement card = browser.findElement(By.cssSelector(".contradiction-card.open"));
        card.findElements(By.cssSelector("label.choice")).stream().filter(l -> l.getText().startsWith("gazette.example is right"))
                .findFirst().orElseThrow().click();
        card.findElement(By.name("note")).sendKeys("Port log shows the 16th.");
        card.findElement(By.cssSelector("button[type=submit]")).click();
        onPage("verdict recorded and announced in the feed").atMost(SLICE_TIMEOUT).untilAsserted(() -> {
            assertThat(byId("contradictions").getText()).contains("Verdict recorded: claim upheld");
            assertThat(browser.findElements(By.cssSelector("#feed li.alert.resolution[data-resolves^='c-" + FACT_KEY + "-']")))
                    .singleElement().satisfies(li -> assertThat(li.getText())
                            .contains("gazette.example upheld", "Port log shows the 16th."));
            assertThat(browser.findElement(alert).getText()).contains("resolved");
        });
        screenshot("dashboard-timeline-verdict.png");
    }

    @Test
    void a_dropped_feed_resumes_from_its_last_event_and_receives_what_it_missed() {
        // Wraps fetch before the page's scripts run: records the Last-Event-ID of each alert stream
        // request, and lets the test cut the stream and hold the reconnect while an alert is recorded.
        Object script = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", FETCH_SPY))
                .get("identifier");
        try {
            browser.navigate().refresh();
            useKey(system.adminKey);
            onPage("feed live").atMost(PAGE_TIMEOUT).until(() -> "live".equals(byId("feed-state").getAttribute("data-state")));
            postArticle("Carrier in the Pacific", "The USS Nimitz arrived in the Pacific on November 3, officials said.",
                    "harbour.example");
            postArticle("Carrier in the Pacific (2)", "The USS Nimitz arrived in the Pacific on November 9, a spokesman said.",
                    "coast.example");
            onPage("first Nimitz alert").atMost(SLICE_TIMEOUT).until(() -> browser.findElements(alertsAbout("arrival:nimitz")).size() == 1);

            js("window.factlineSse.cut()");
            onPage("reconnect held").atMost(PAGE_TIMEOUT).untilAsserted(() -> {
                assertThat(byId("feed-state").getAttribute("data-state")).isEqualTo("reconnecting");
                assertThat(js("return window.factlineSse.lastEventIds.length")).isEqualTo(2L);
            });
            postArticle("Carrier in the Pacific (3)", "The USS Nimitz arrived in the Pacific on November 20, officials said.",
                    "bay.example");
            onPage("second Nimitz alert recorded by the gateway").atMost(SLICE_TIMEOUT).until(() ->
                    nimitzAlertsAtGateway() == 2);
            assertThat(browser.findElements(alertsAbout("arrival:nimitz"))).as("missed while cut off").hasSize(1);

            js("window.factlineSse.release()");
            onPage("missed alert replayed").atMost(PAGE_TIMEOUT).untilAsserted(() -> {
                assertThat(browser.findElements(alertsAbout("arrival:nimitz"))).hasSize(2);
                assertThat(byId("feed-state").getAttribute("data-state")).isEqualTo("live");
            });
            assertThat((List<?>) js("return window.factlineSse.lastEventIds")).satisfiesExactly(
                    first -> assertThat(first).as("first connect").isNull(),
                    resume -> assertThat(resume).as("reconnect resumes").asString().matches("\\d+"));
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
    }

    @Test
    void an_unknown_key_is_refused_with_the_gateway_s_problem_shown() throws IOException {
        useKey("not-a-factline-key");
        onPage("401 shown").atMost(PAGE_TIMEOUT).untilAsserted(() -> {
            WebElement error = byId("error");
            assertThat(error.isDisplayed()).isTrue();
            assertThat(error.getAttribute("data-status")).isEqualTo("401");
            assertThat(error.getText()).contains("401 Unauthorized", "the API key is unknown or revoked", "Enter a valid API key");
        });
        assertThat(byId("feed-state").getAttribute("data-state")).isEqualTo("stopped");
        screenshot("dashboard-unknown-key.png");
    }

    /** Detected-contradiction items of the feed for one fact (contradiction ids are "c-<factKey>-<claimId>"). */
    private static By alertsAbout(String factKey) {
        return By.cssSelector("#feed li.alert.detected[data-contradiction-id^='c-" + factKey + "-']");
    }

    private static long nimitzAlertsAtGateway() {
        JsonNode recent = Http.get(system.gateway().url() + "/api/v1/alerts/recent?limit=500", system.adminKey).body();
        return StreamSupport.stream(recent.spliterator(), false)
                .filter(e -> "fact.ContradictionDetected.v1".equals(e.path("type").asText()))
                .filter(e -> "arrival:nimitz".equals(e.at("/data/factKey").asText())).count();
    }

    private static void useKey(String key) {
        byId("api-key").sendKeys(key);
        byId("key-form").findElement(By.cssSelector("button[type=submit]")).click();
    }

    private static void postArticle(String title, String text, String outlet) {
        String json = JsonNodeFactory.instance.objectNode().put("title", title).put("text", text).put("outlet", outlet)
                .put("publishedAt", "2025-11-18T09:00:00Z").toString();
        assertThat(Http.post(system.ingest().url() + "/articles", json).status()).as("article from %s accepted", outlet)
                .isEqualTo(202);
    }

    /**
     * Waits on the page. The dashboard re-renders tables and lists as data arrives, so an element
     * found a moment ago can be replaced before it is read; that is a retry, not a failure.
     */
    private static ConditionFactory onPage(String alias) {
        return Awaitility.await(alias).ignoreException(StaleElementReferenceException.class);
    }

    private static WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
