package org.factline.bench.extraction;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factline.extraction.domain.ArticleText;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The shared set-up of the per-article benchmarks: one thread, one article per operation (the
 * next in corpus order, round robin), so ops/s is documents/s; 3 x 10 s warm-up, 5 x 10 s measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public abstract class ReutersBenchmark {

    protected List<ArticleText> articles;
    private int next;

    protected void loadArticles() {
        articles = ReutersCorpus.articles(ReutersCorpus.locate());
    }

    protected ArticleText nextArticle() {
        ArticleText a = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        return a;
    }
}
