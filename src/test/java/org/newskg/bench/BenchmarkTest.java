package org.newskg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.article.ArticleSource;
import org.newskg.article.ReadOptions;
import org.newskg.sys.ProblemReporter;

/** Runs the whole benchmark on real TDB2 stores, with an engine that loads no models. */
class BenchmarkTest {
    private static final List<Article> SEED = ArticleSource.files().readAll(
            List.of(Path.of("src/test/resources/articles/00_seed.txt")), ReadOptions.defaults());

    private final StringWriter err = new StringWriter();
    private final ProblemReporter problems = new ProblemReporter(new PrintWriter(err, true), false);

    @Test
    void measuresEveryThreadCountOnTheWholeCorpus() {
        FakeNlpEngine nlp = new FakeNlpEngine(100);
        List<String> status = new ArrayList<>();
        BenchReport report = Benchmark.create().nlp(nlp).corpus("seed", SEED, 4).threads(List.of(1, 2)).warmup(1)
                .problems(problems).command("newskg bench --repeat 4").status(status::add).build().run();

        assertThat(report.loadMillis()).isEqualTo(1234);
        assertThat(report.distinctArticles()).isEqualTo(1);
        assertThat(report.totalArticles()).isEqualTo(4);
        assertThat(report.warmupArticles()).isEqualTo(1);
        assertThat(report.liveHeapBytes()).isPositive();
        assertThat(report.runs()).extracting(BenchRun::threads).containsExactly(1, 2);
        for (BenchRun run : report.runs()) {
            assertThat(run.articles()).isEqualTo(4);
            assertThat(run.summary().skipped()).isZero();
            assertThat(run.summary().triples()).isPositive();
            assertThat(run.summary().nlpMillis()).isEqualTo(400);
            assertThat(run.latency().count()).isEqualTo(4);
            assertThat(run.latency().p50Millis()).isGreaterThanOrEqualTo(100);
            assertThat(run.peakHeapBytes()).isPositive();
        }
        assertThat(report.runs().get(0).summary().triples()).isEqualTo(report.runs().get(1).summary().triples());
        assertThat(nlp.annotated()).isEqualTo(1 + 1 + 4 + 4);
        assertThat(status).first().asString().contains("loading");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void everyCopyIsStoredAsItsOwnGraph() {
        BenchReport report = Benchmark.create().nlp(new FakeNlpEngine(0)).corpus("seed", SEED, 3)
                .threads(List.of(1)).warmup(0).problems(problems).build().run();
        // Timings are keyed by graph IRI: three timings, three graphs.
        assertThat(report.runs().get(0).latency().count()).isEqualTo(3);
    }

    @Test
    void missingSettingsAreNamed() {
        assertThatThrownBy(() -> Benchmark.create().corpus("seed", SEED, 1).problems(problems).build())
                .isInstanceOf(IllegalStateException.class).hasMessage("Benchmark needs nlp");
        assertThatThrownBy(() -> Benchmark.create().nlp(new FakeNlpEngine(0)).corpus("seed", SEED, 1)
                .problems(problems).threads(List.of(1, 0)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[1, 0]");
    }
}
