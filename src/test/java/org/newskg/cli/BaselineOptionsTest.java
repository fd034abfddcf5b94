package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.NlpEngine;
import org.newskg.nlp.PlainAnnotation;
import org.newskg.nlp.PlainAnnotation.PlainEntity;
import org.newskg.nlp.PlainAnnotation.PlainQuote;
import org.newskg.nlp.PlainAnnotation.PlainRelation;
import org.newskg.nlp.PlainNlpEngine;
import org.newskg.sys.Models;

/** {@code evaluate --baseline} and {@code bench --baseline}, in-process, with engines that load no models. */
class BaselineOptionsTest {
    private static final long GIB = 1L << 30;

    @TempDir
    Path temp;

    private final AtomicInteger plainLoads = new AtomicInteger();
    private final AtomicInteger plainAnnotated = new AtomicInteger();
    private final AtomicInteger nlpLoads = new AtomicInteger();
    private final Models models = new Models(() -> {
        nlpLoads.incrementAndGet();
        return new FakeNlpEngine();
    }, () -> {
        plainLoads.incrementAndGet();
        return new FakePlainEngine();
    });
    private LongSupplier previousHeap;

    /** Finds Laura Carlsen and one quotation of hers in every article, and nothing else; 2 s per article. */
    private final class FakePlainEngine implements PlainNlpEngine {
        @Override
        public PlainAnnotation annotate(Article article) {
            plainAnnotated.incrementAndGet();
            return new PlainAnnotation(article.id(), List.of(new PlainEntity("Laura Carlsen", "PERSON", false),
                    new PlainEntity("she", "PERSON", true)), List.of(new PlainQuote(
                    "When they send out the armed forces, they kill more people", Optional.of("Laura Carlsen"))),
                    List.of(new PlainRelation("Laura Carlsen", "per:employee_of", "Sputnik", 0.5)), 2000);
        }

        @Override
        public long loadMillis() {
            return 60_000;
        }

        @Override
        public String describe() {
            return "fake plain pipeline";
        }
    }

    /** No layers, 100 ms per article, loads in 20 s. */
    private final class FakeNlpEngine implements NlpEngine {
        @Override
        public AnnotatedArticle annotate(Article article) {
            return new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of(), 100);
        }

        @Override
        public long loadMillis() {
            return 20_000;
        }
    }

    @BeforeEach
    void fakes() throws IOException {
        previousHeap = BaselineOptions.maxHeap;
        BaselineOptions.maxHeap = () -> 7 * GIB;
        Files.createDirectories(temp.resolve("dev/articles"));
        Files.createDirectories(temp.resolve("dev/gold"));
        Files.copy(CliFixtures.article("00_seed.txt"), temp.resolve("dev/articles/00_seed.txt"));
        Files.writeString(temp.resolve("dev/gold/00_seed.tsv"), "entity\tperson\tLaura Carlsen\n"
                + "entity\tperson\tDonald Trump\n"
                + "quote\tLaura Carlsen|^Carlsen$\twhen they send out the armed forces\n");
    }

    @AfterEach
    void restore() {
        BaselineOptions.maxHeap = previousHeap;
    }

    @Test
    void evaluateScoresTheBaselineWithTheSameTable() {
        Cli cli = Cli.run(models, "evaluate", "--baseline", "corenlp", temp.resolve("dev"));
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.outLines()).contains("Baseline: fake plain pipeline");
        assertThat(cli.out()).containsPattern("entity +2 +1 +1 +0 +1\\.000 +0\\.500 +0\\.667")
                .containsPattern("quote +1 +1 +1 +0 +1\\.000 +1\\.000 +1\\.000")
                .containsPattern("affiliation +0 +0 +1 +1 ");
        assertThat(cli.err()).contains("newskg evaluate: 00_seed: 2.0 s, 2 entity mentions, 1 quotations, relations "
                + "{per:employee_of=1}");
        assertThat(nlpLoads).as("newskg's own models").hasValue(0);
    }

    @Test
    void evaluateNamesTheKnownBaselines() {
        Cli cli = Cli.run(models, "evaluate", "--baseline", "spacy", temp.resolve("dev"));
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines().get(0)).isEqualTo("newskg: error: --baseline: unknown baseline 'spacy'; the "
                + "known ones are corenlp.");
        assertThat(plainLoads).hasValue(0);
    }

    @Test
    void evaluateRefusesTheNlpCacheWithABaseline() {
        Cli cli = Cli.run(models, "evaluate", "--baseline", "corenlp", "--nlp-cache", temp.resolve("cache"),
                temp.resolve("dev"));
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines().get(0)).startsWith("newskg: error: --nlp-cache keeps newskg's own NLP output")
                .endsWith("drop one of them.");
    }

    @Test
    void aBaselineWithTooSmallAHeapSaysHowToRunIt() {
        BaselineOptions.maxHeap = () -> 4 * GIB;
        Cli cli = Cli.run(models, "evaluate", "--baseline", "corenlp", temp.resolve("dev"));
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("newskg: error: --baseline corenlp: CoreNLP's full pipeline needs about "
                + "6 GB of heap but this JVM has at most 4.0 GiB. Run it with ./newskg, which gives it 7g, or java "
                + "-Xmx7g -XX:+UseG1GC.\n");
        assertThat(plainLoads).hasValue(0);
    }

    @Test
    void benchComparesNewskgWithTheBaselineOnTheFirstArticles() throws IOException {
        Path markdown = temp.resolve("bench.md");
        Cli cli = Cli.run(models, "bench", "--articles", temp.resolve("dev/articles"), "--repeat", "4", "--threads",
                "1",
                "--warmup", "0", "--baseline", "--baseline-articles", "3", "--markdown", markdown);
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains("Baseline: fake plain pipeline")
                .contains("Baseline corpus: the first 3 articles of the runs' 4, one at a time")
                .containsPattern("model load +20\\.0 s +60\\.0 s +3\\.0×")
                .containsPattern("seconds per article, p50 +0\\.\\d\\d +2\\.00 ");
        assertThat(plainAnnotated).as("probe, warm-up and 3 counted").hasValue(5);
        assertThat(cli.err()).contains("newskg bench: baseline: 3/3 2.0 s");
        assertThat(Files.readString(markdown)).contains("### Against fake plain pipeline")
                .contains("|---|---:|---:|---:|")
                .containsPattern("\\| model load \\| 20\\.0 s \\| 60\\.0 s \\| 3\\.0× \\|");
    }

    @Test
    void benchRunsNoBaselineUnlessAsked() {
        Cli cli = Cli.run(models, "bench", "--articles", temp.resolve("dev/articles"), "--repeat", "1", "--threads",
                "1",
                "--warmup", "0");
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.out()).doesNotContain("Baseline");
        assertThat(plainLoads).hasValue(0);
    }

    @Test
    void benchBaselineOptionsAreCheckedBeforeAnythingLoads() {
        Cli alone = Cli.run(models, "bench", "--baseline-articles", "3");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.errLines().get(0)).isEqualTo("newskg: error: --baseline-articles needs --baseline");
        Cli zero = Cli.run(models, "bench", "--baseline", "--baseline-articles", "0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.errLines().get(0)).isEqualTo("newskg: error: --baseline-articles must be at least 1 but "
                + "was 0");
        BaselineOptions.maxHeap = () -> 5 * GIB;
        Cli small = Cli.run(models, "bench", "--compare-corenlp", "--articles", temp.resolve("dev/articles"));
        assertThat(small.exitCode()).isEqualTo(2);
        assertThat(small.err()).startsWith("newskg: error: --baseline: CoreNLP's full pipeline needs about 6 GB");
        assertThat(nlpLoads).hasValue(0);
        assertThat(plainLoads).hasValue(0);
    }
}
