package org.factline.deploy.manifests;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service reads from its environment and uses on Kafka, taken from its
 * application.properties (profile-less keys: what runs in production) and its sources.
 */
record ServiceConfig(String name, Path dir, Properties properties) {

    /** {@code ${NAME}} or {@code ${NAME:default}}: an environment variable, as Quarkus maps it. */
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    /** {@code mp.messaging.incoming.<channel>.<attribute>}. */
    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.(.+)");
    /** A topic-like string literal in Java source: {@code "factline.<name>.v<N>"} (suffixes such as lanes allowed). */
    private static final Pattern TOPIC_LITERAL = Pattern.compile("\"(factline\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.v[0-9]+(?:\\.[a-z0-9-]+)*)\"");

    static ServiceConfig load(Path dir) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(dir.resolve("src/main/resources/application.properties"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceConfig(p.getProperty("quarkus.application.name", dir.getFileName().toString()), dir, p);
    }

    int httpPort() {
        return Integer.parseInt(properties.getProperty("quarkus.http.port", "8080"));
    }

    String database() {
        return properties.getProperty("quarkus.mongodb.database");
    }

    /** Environment variables the production configuration reads, with their default (null when none). */
    Map<String, String> environmentVariables() {
        Map<String, String> vars = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%")) {
                continue; // %test./%dev. values never run in a container
            }
            Matcher m = ENV_REFERENCE.matcher(properties.getProperty(key));
            while (m.find()) {
                vars.put(m.group(1), m.group(2));
            }
        }
        return vars;
    }

    /** Incoming channels: channel name to its attributes (topic, group.id, dead-letter-queue.topic, ...). */
    Map<String, Map<String, String>> incomingChannels() {
        Map<String, Map<String, String>> channels = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher m = INCOMING.matcher(key);
            if (m.matches()) {
                channels.computeIfAbsent(m.group(1), c -> new TreeMap<>()).put(m.group(2), properties.getProperty(key));
            }
        }
        return channels;
    }

    /** Topics named in the messaging configuration (consumed, produced or dead-letter) and in the sources. */
    Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("mp.messaging.") && key.endsWith(".topic")) {
                topics.add(properties.getProperty(key));
            }
        }
        topics.addAll(topicLiterals(dir.resolve("src/main/java")));
        return topics;
    }

    static Set<String> topicLiterals(Path sources) {
        Set<String> topics = new LinkedHashSet<>();
        if (!Files.isDirectory(sources)) {
            return topics;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher m = TOPIC_LITERAL.matcher(Repo.read(f));
                while (m.find()) {
                    topics.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }
}
