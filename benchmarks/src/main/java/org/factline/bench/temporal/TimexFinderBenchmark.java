package org.factline.bench.temporal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.factline.extraction.domain.DateRules;
import org.factline.extraction.domain.RuleSet;
import org.factline.extraction.domain.Timex;
import org.factline.extraction.domain.TimexFinder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The temporal finder alone ({@link TimexFinder#find}) on the TempEval-3 training texts (TimeBank
 * and AQUAINT, about 2 KB of text each), read at run time from {@code ../shared/eval/tempeval3-train}
 * (system property {@code factline.shared.dir} moves {@code ../shared}). One operation is one
 * document, taken in turn, so the score is documents per second on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TimexFinderBenchmark {

    private TimexFinder finder;
    private List<String> texts;
    private List<LocalDate> dcts;
    private int next;

    @Setup
    public void load() {
        Path root = Path.of(System.getProperty("factline.shared.dir", "../shared")).resolve("eval/tempeval3-train");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("TimexFinderBenchmark needs the TempEval-3 training texts at "
                    + root.toAbsolutePath().normalize() + " (absent); set -Dfactline.shared.dir=<shared data dir>");
        }
        texts = new ArrayList<>();
        dcts = new ArrayList<>();
        for (Path tml : tmlFiles(root)) {
            TmlDocument doc = TmlDocument.parse(read(tml));
            texts.add(doc.text());
            dcts.add(doc.dct());
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no .tml files under " + root.toAbsolutePath().normalize());
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "%n[timex-bench] %d documents, %.0f characters on average%n",
                texts.size(), (double) chars / texts.size());
        finder = new TimexFinder(DateRules.load("en", RuleSet.load("en")));
    }

    @Benchmark
    public List<Timex> find() {
        int i = next;
        next = i + 1 == texts.size() ? 0 : i + 1;
        return finder.find(texts.get(i), dcts.get(i));
    }

    private static List<Path> tmlFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
