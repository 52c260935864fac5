package org.factline.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** deploy/compose/compose.yaml: pinned images, every setting the services read, health-ordered start-up. */
class ComposeFileTest {

    /** Compose interpolation {@code ${NAME}}, {@code ${NAME:-default}} or {@code ${NAME-default}}. */
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}");
    /** An exact release (major.minor.patch, optionally a suffix) or a digest. */
    private static final Pattern PINNED = Pattern.compile(".+:(\\d+\\.\\d+\\.\\d+[A-Za-z0-9._-]*)(@sha256:[0-9a-f]{64})?|.+@sha256:[0-9a-f]{64}");
    private static final Pattern LOOPBACK = Pattern.compile("(localhost|127\\.0\\.0\\.1|\\[::1])");

    private static final Map<String, Object> COMPOSE = new Yaml(new SafeConstructor(new LoaderOptions())).load(Repo.read(Repo.COMPOSE));

    @Test
    void everyImageIsPinned() {
        SoftAssertions soft = new SoftAssertions();
        services().forEach((name, s) -> {
            String image = withDefaults(String.valueOf(s.get("image")));
            soft.assertThat(image).as(name + ": image").doesNotEndWith(":latest").matches(".+:[^:/]+$");
            if (Repo.services().stream().noneMatch(m -> m.name().equals(name))) { // third-party: an exact release
                soft.assertThat(PINNED.matcher(image).matches()).as(name + ": " + image + " pinned to an exact release").isTrue();
            }
        });
        soft.assertAll();
    }

    @Test
    void everyEnvironmentVariableAServiceReadsIsSetOrHasAContainerFitDefault() {
        SoftAssertions soft = new SoftAssertions();
        for (ServiceConfig s : Repo.services()) {
            Map<String, Object> service = services().get(s.name());
            if (service == null) {
                soft.fail("no Compose service " + s.name());
                continue;
            }
            Map<String, Object> env = environment(service);
            s.environmentVariables().forEach((variable, fallback) -> {
                boolean fitDefault = fallback != null && !LOOPBACK.matcher(fallback).find();
                soft.assertThat(env.containsKey(variable) || fitDefault)
                        .as(s.name() + ": " + variable + " (default in application.properties: " + fallback + ")").isTrue();
            });
            soft.assertThat(String.valueOf(env.get("MONGODB_URI"))).as(s.name() + ": MONGODB_URI")
                    .contains("replicaSet=", "w=majority", "journal=true");
        }
        soft.assertAll();
    }

    @Test
    void everyContainerHasAHealthCheckAndStartsAfterWhatItNeeds() {
        SoftAssertions soft = new SoftAssertions();
        services().forEach((name, s) -> {
            boolean oneShot = "no".equals(String.valueOf(s.get("restart")));
            if (!oneShot) {
                soft.assertThat(s).as(name + ": healthcheck").containsKey("healthcheck");
            }
            Object deps = s.get("depends_on");
            if (deps != null) {
                soft.assertThat(deps).as(name + ": depends_on with conditions").isInstanceOf(Map.class);
                if (deps instanceof Map<?, ?> m) {
                    m.forEach((dep, how) -> soft.assertThat(how instanceof Map<?, ?> h && h.get("condition") != null)
                            .as(name + " -> " + dep + ": condition").isTrue());
                }
            }
        });
        for (ServiceConfig s : Repo.services()) {
            soft.assertThat(services().getOrDefault(s.name(), Map.of())).as(s.name() + " waits for its infrastructure").containsKey("depends_on");
        }
        soft.assertAll();
    }

    @Test
    void kafkaRunsInKraftModeAndEveryTopicIsCreatedUpFront() {
        Map<String, Object> kafka = services().get("kafka");
        assertThat(String.valueOf(environment(kafka).get("KAFKA_PROCESS_ROLES"))).contains("controller", "broker");
        assertThat(String.valueOf(environment(kafka).get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))).isEqualTo("false");
        String creation = services().values().stream().filter(s -> String.valueOf(s.get("command")).contains("kafka-topics.sh"))
                .map(s -> String.valueOf(s.get("command"))).findFirst().orElse("");
        SoftAssertions soft = new SoftAssertions();
        for (String topic : KafkaManifestsTest.topicsInUse()) {
            soft.assertThat(creation).as("topic " + topic + " created").containsPattern("create " + Pattern.quote(topic) + "\\s");
        }
        soft.assertAll();
    }

    @Test
    void mongoDbIsAReplicaSetThatIsInitiated() {
        assertThat(String.valueOf(services().get("mongodb").get("command"))).contains("--replSet");
        assertThat(services().values()).as("a one-shot that initiates the replica set")
                .anyMatch(s -> String.valueOf(s.get("command")).contains("rs.initiate"));
    }

    @Test
    void noSecretValuesAndOnlyLoopbackPorts() {
        SoftAssertions soft = new SoftAssertions();
        services().forEach((name, s) -> {
            environment(s).forEach((variable, value) -> {
                String v = String.valueOf(value);
                if (Secrets.looksSecret(variable)) {
                    soft.assertThat(v).as(name + ": " + variable + " comes from the caller's environment").matches("\\$\\{[^}]*}");
                }
                soft.assertThat(Secrets.holdsSecretValue(v)).as(name + ": " + variable + " holds a secret").isFalse();
            });
            Object ports = s.get("ports");
            if (ports instanceof List<?> list) {
                list.forEach(p -> soft.assertThat(String.valueOf(p)).as(name + ": published port").startsWith("127.0.0.1:"));
            }
        });
        soft.assertAll();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
        return (Map<String, Map<String, Object>>) COMPOSE.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        Object env = service.get("environment");
        if (env instanceof List<?> list) { // - NAME=value
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            list.forEach(e -> {
                String entry = String.valueOf(e);
                int eq = entry.indexOf('=');
                map.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? null : entry.substring(eq + 1));
            });
            return map;
        }
        return env == null ? Map.of() : (Map<String, Object>) env;
    }

    /** The value Compose uses when no variable is set: each {@code ${NAME:-default}} replaced by its default. */
    private static String withDefaults(String text) {
        Matcher m = INTERPOLATION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
        }
        return m.appendTail(out).toString();
    }
}
