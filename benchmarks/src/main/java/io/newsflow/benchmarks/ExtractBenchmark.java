package io.newsflow.benchmarks;

import io.newsflow.processor.extract.ArticleExtractor;
import io.newsflow.processor.extract.Extraction;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time of {@link ArticleExtractor#extract} for one article. Sample mode times every call, so the median
 * and the tail are per article; each call takes the next article of the set, round robin.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractBenchmark {

    private static final Instant INGESTED = Instant.parse("2019-09-24T12:00:00Z");

    @Param({Inputs.SEEDS, Inputs.SYNTHETIC, Inputs.DEV_TXT, Inputs.DEV_HTML})
    public String inputs;

    private final ArticleExtractor extractor = new ArticleExtractor();
    private List<Inputs.Article> articles;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        articles = Inputs.load(inputs);
        if (articles.isEmpty()) {
            throw new IllegalStateException("no articles for input set " + inputs);
        }
        // The language profiles load on first use, about a second: not part of any article's time.
        extractor.extract(articles.get(0).content(), articles.get(0).contentType(), INGESTED);
    }

    @Benchmark
    public Extraction extract() {
        Inputs.Article article = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        return extractor.extract(article.content(), article.contentType(), INGESTED);
    }
}
