package org.factline.extraction.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.factline.contracts.value.Qualifier;

/**
 * One language's lexicons and rules, read from {@code rules/<lang>/*.tsv} on the classpath. A
 * malformed line fails start-up with its file and line number rather than being skipped.
 */
public record RuleSet(String language, Map<String, Qualifier> qualifiers, Map<String, BigDecimal> numbers,
                      Map<String, String> units, Map<String, PredicateRule> predicates) {

    /** A context word that names what a number measures. */
    public record PredicateRule(String id, String cue, String predicate) {
    }

    public static RuleSet load(String language) {
        Map<String, Qualifier> qualifiers = new LinkedHashMap<>();
        Map<String, BigDecimal> numbers = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        Map<String, PredicateRule> predicates = new HashMap<>();
        String dir = "rules/" + language + "/";
        read(dir + "qualifiers.tsv", 2, c -> qualifiers.put(c.get(0), Qualifier.fromSymbol(c.get(1))));
        read(dir + "numbers.tsv", 2, c -> numbers.put(c.get(0), new BigDecimal(c.get(1))));
        read(dir + "units.tsv", 2, c -> units.put(c.get(0), c.get(1)));
        read(dir + "predicates.tsv", 4, c -> predicates.put(c.get(1), new PredicateRule(c.get(0), c.get(1), c.get(2))));
        return new RuleSet(language, Map.copyOf(qualifiers), Map.copyOf(numbers), Map.copyOf(units), Map.copyOf(predicates));
    }

    static void read(String resource, int columns, Consumer<List<String>> sink) {
        InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing rule file " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t"));
                if (cells.size() < columns) {
                    throw new IllegalStateException(resource + ":" + n + " needs " + columns + " tab-separated columns: " + line);
                }
                try {
                    sink.accept(cells);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(resource + ":" + n + " " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
