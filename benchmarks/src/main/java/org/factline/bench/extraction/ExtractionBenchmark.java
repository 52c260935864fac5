package org.factline.bench.extraction;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.extraction.domain.ArticleText;
import org.factline.extraction.domain.ClaimExtractor;
import org.factline.extraction.domain.Extraction;
import org.factline.extraction.domain.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole extraction engine on the Reuters-21578 articles, one thread: each operation is one
 * article (the next in corpus order, round robin), so ops/s is documents/s and {@code -prof gc}'s
 * {@code gc.alloc.rate.norm} is bytes allocated per document. MB/s is documents/s times the
 * average article size printed at set-up. {@code extract} is what the service runs per article
 * (claims only); {@code analyse} is what {@code factline extract} runs (every timex listed too).
 * {@link CpuTime} reports the thread's CPU time too, so documents per CPU second can be stated on
 * a loaded machine.
 * Run: {@code bench/jmh.sh ExtractionBenchmark -prof gc} (docs/benchmarks.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class ExtractionBenchmark {

    private static final Instant NOW = Instant.parse("2025-11-19T00:00:00Z");

    private ClaimExtractor extractor;
    private List<ArticleText> articles;
    private int next;

    @Setup
    public void load() {
        articles = ReutersCorpus.articles(ReutersCorpus.locate());
        extractor = new ClaimExtractor(RuleSet.load("en"));
        System.out.printf(Locale.ROOT, "%n[reuters] %d articles, %.0f bytes (UTF-8) per article on average, extractor %s%n",
                articles.size(), ReutersCorpus.averageUtf8Bytes(articles), version());
    }

    /** Read at run time, not inlined at compile time, so the line names the engine actually on the class path. */
    private static Object version() {
        try {
            return ClaimExtractor.class.getField("VERSION").get(null);
        } catch (ReflectiveOperationException e) {
            return "unknown";
        }
    }

    private ArticleText nextArticle() {
        ArticleText a = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        return a;
    }

    @Benchmark
    public List<ClaimExtracted> extract(CpuTime cpu) {
        List<ClaimExtracted> claims = extractor.extract(nextArticle(), NOW);
        cpu.update();
        return claims;
    }

    @Benchmark
    public Extraction analyse(CpuTime cpu) {
        Extraction extraction = extractor.analyse(nextArticle(), NOW);
        cpu.update();
        return extraction;
    }
}
