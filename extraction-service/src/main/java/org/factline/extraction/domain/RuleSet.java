package org.factline.extraction.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.factline.contracts.value.Qualifier;

/**
 * One language's lexicons and rules, read from {@code rules/<lang>/*.tsv} on the classpath. A
 * malformed line fails start-up with its file and line number rather than being skipped. Which
 * languages have rules at all is {@link Languages}' business.
 */
public record RuleSet(String language, Map<String, Qualifier> qualifiers, Map<String, BigDecimal> numbers,
                      Map<String, Noun> units, Map<String, PredicateRule> predicates, Map<String, KeyWord> keyWords,
                      Map<String, Qualifier> changes, Map<String, Currency> currencies, Map<String, Integer> percentWords,
                      List<NoiseCue> noiseCues, Set<String> functionWords, Set<String> foreignFunctionWords,
                      AttributionWords attribution) {

    /** A counted noun: its concept (a stable id that goes into fact keys) and its keying class. */
    public record Noun(String concept, String kind) {
    }

    /** A context word that names what a number measures; {@code impliedUnit} lets a bare number count that concept. */
    public record PredicateRule(String id, String cue, String predicate, String impliedUnit) {
    }

    /** A context word that refines a fact key: an event verb, a link preposition, a money purpose or a group. */
    public record KeyWord(String concept, String role) {
    }

    /** A currency sign or word, before or after the number. */
    public record Currency(String code, boolean prefix) {
    }

    /**
     * A cue that marks text as noise. Scope {@code block}: the cue anywhere makes its paragraph
     * noise; {@code start}: a sentence (or short paragraph) starting with it; {@code short}: a
     * paragraph of a few words containing it.
     */
    public record NoiseCue(String id, String kind, String scope, String cue) {
    }

    /** Reporting verbs, prepositions ("according to"), hedges ("reportedly") and asserter nouns. */
    public record AttributionWords(Set<String> verbs, Set<String> prepositions, Set<String> hedges, Set<String> asserters) {
    }

    public static RuleSet load(String language) {
        String dir = "rules/" + language + "/";
        Map<String, Qualifier> qualifiers = new LinkedHashMap<>();
        read(dir + "qualifiers.tsv", 2, c -> qualifiers.put(c.get(0), Qualifier.fromSymbol(c.get(1))));
        Map<String, BigDecimal> numbers = new HashMap<>();
        read(dir + "numbers.tsv", 2, c -> numbers.put(c.get(0), new BigDecimal(c.get(1))));
        Map<String, Noun> units = new HashMap<>();
        read(dir + "units.tsv", 3, c -> units.put(c.get(0), new Noun(c.get(1), c.get(2))));
        Map<String, PredicateRule> predicates = new HashMap<>();
        read(dir + "predicates.tsv", 4, c -> predicates.put(c.get(1),
                new PredicateRule(c.get(0), c.get(1), c.get(2), c.size() > 4 && !c.get(4).isBlank() ? c.get(4) : null)));
        Map<String, KeyWord> keyWords = new HashMap<>();
        read(dir + "keying.tsv", 3, c -> keyWords.put(c.get(0), new KeyWord(c.get(1), c.get(2))));
        Map<String, Qualifier> changes = new HashMap<>();
        read(dir + "changes.tsv", 2, c -> changes.put(c.get(0), c.get(1).equals("up") ? Qualifier.INCREASE : Qualifier.DECREASE));
        Map<String, Currency> currencies = new HashMap<>();
        read(dir + "currencies.tsv", 3, c -> currencies.put(c.get(0), new Currency(c.get(1), c.get(2).equals("prefix"))));
        Map<String, Integer> percentWords = new HashMap<>();
        read(dir + "percent.tsv", 2, c -> percentWords.put(c.get(0), Integer.parseInt(c.get(1))));
        List<NoiseCue> noise = new java.util.ArrayList<>();
        read(dir + "noise.tsv", 4, c -> noise.add(new NoiseCue(c.get(0), c.get(1), c.get(2), c.get(3))));
        Set<String> functionWords = new HashSet<>();
        read(dir + "function-words.tsv", 1, c -> functionWords.add(c.get(0)));
        return new RuleSet(language, Map.copyOf(qualifiers), Map.copyOf(numbers), Map.copyOf(units), Map.copyOf(predicates),
                Map.copyOf(keyWords), Map.copyOf(changes), Map.copyOf(currencies), Map.copyOf(percentWords), List.copyOf(noise),
                Set.copyOf(functionWords), foreignFunctionWords(language, functionWords), attributionWords(dir));
    }

    /** Function words of the other listed languages that are not also this language's. */
    private static Set<String> foreignFunctionWords(String language, Set<String> own) {
        Set<String> languages = new HashSet<>();
        read("rules/languages.tsv", 2, c -> languages.add(c.get(0)));
        Set<String> foreign = new HashSet<>();
        for (String other : languages) {
            String file = "rules/" + other + "/function-words.tsv";
            if (!other.equals(language) && exists(file)) {
                read(file, 1, c -> foreign.add(c.get(0)));
            }
        }
        foreign.removeAll(own);
        return Set.copyOf(foreign);
    }

    private static AttributionWords attributionWords(String dir) {
        Map<String, Set<String>> byKind = new HashMap<>();
        read(dir + "attribution.tsv", 2, c -> byKind.computeIfAbsent(c.get(1), k -> new HashSet<>()).add(c.get(0)));
        return new AttributionWords(Set.copyOf(byKind.getOrDefault("verb", Set.of())),
                Set.copyOf(byKind.getOrDefault("prep", Set.of())), Set.copyOf(byKind.getOrDefault("hedge", Set.of())),
                Set.copyOf(byKind.getOrDefault("asserter", Set.of())));
    }

    static boolean exists(String resource) {
        return RuleSet.class.getClassLoader().getResource(resource) != null;
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
