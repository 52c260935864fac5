package org.factline.bench.extraction;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What Apache OpenNLP's published English models (UD EWT 1.3, Maven Central) would cost per
 * Reuters article, measured before deciding whether the engine uses them: sentence detection
 * and tokens alone, and the whole chain to lemmas (sentences, tokens, POS tags, lemmas), which
 * is what lemma look-up of counted nouns would need. Same corpus and method as
 * {@link ExtractionBenchmark}; run {@code bench/jmh.sh OpenNlpBenchmark -prof gc}.
 */
public class OpenNlpBenchmark extends ReutersBenchmark {

    private SentenceDetectorME sentences;
    private TokenizerME tokenizer;
    private POSTaggerME tagger;
    private LemmatizerME lemmatizer;

    @Setup
    public void load() throws IOException {
        loadArticles();
        sentences = new SentenceDetectorME(new SentenceModel(model("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")));
        tokenizer = new TokenizerME(new TokenizerModel(model("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
        tagger = new POSTaggerME(new POSModel(model("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));
        lemmatizer = new LemmatizerME(new LemmatizerModel(model("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")));
    }

    private static InputStream model(String name) {
        InputStream in = OpenNlpBenchmark.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("model " + name + " is not on the class path");
        }
        return in;
    }

    @Benchmark
    public void sentencesAndTokens(Blackhole bh, CpuTime cpu) {
        for (String s : sentences.sentDetect(nextArticle().text())) {
            bh.consume(tokenizer.tokenize(s));
        }
        cpu.update();
    }

    @Benchmark
    public void sentencesTokensPosLemmas(Blackhole bh, CpuTime cpu) {
        for (String s : sentences.sentDetect(nextArticle().text())) {
            String[] tokens = tokenizer.tokenize(s);
            bh.consume(lemmatizer.lemmatize(tokens, tagger.tag(tokens)));
        }
        cpu.update();
    }
}
