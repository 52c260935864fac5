package org.factline.bench.extraction;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.extraction.domain.ClaimExtractor;
import org.factline.extraction.domain.Extraction;
import org.factline.extraction.domain.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

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
public class ExtractionBenchmark extends ReutersBenchmark {

    private static final Instant NOW = Instant.parse("2025-11-19T00:00:00Z");

    private ClaimExtractor extractor;

    @Setup
    public void load() {
        loadArticles();
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
