package org.newskg.sys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.MentionType;
import org.newskg.nlp.NlpEngine;
import org.newskg.rdf.IriMinter;
import org.newskg.rdf.NkgFactMapper;
import org.newskg.store.Tdb2KnowledgeStore;

/**
 * Issue 13, item 3: one article could hold the run for minutes (a 200 KB body written as one sentence ran 420 s).
 * Now an article over its size budget is skipped before NLP, and one whose analysis overruns its time budget is
 * stopped and skipped, and the run goes on.
 */
class Issue13BudgetTest {
    private static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);
    private static final FakeNlpEngine NLP = FakeNlpEngine.of(Map.of("Tom Baker", MentionType.PERSON));

    @TempDir
    Path temp;
    final StringWriter err = new StringWriter();
    final ProblemReporter problems = new ProblemReporter(new PrintWriter(err, true), false);

    @Test
    void aBodyWrittenAsOneLongSentenceIsSkippedBeforeNlp() {
        String sentence = "Tom Baker said " + "and then some more words were written without a stop ".repeat(4_000);
        Article huge = article("Endless", sentence, "endless.txt");
        Article good = article("Short", "Tom Baker spoke. He left.", "short.txt");

        FakeNlpEngine nlp = FakeNlpEngine.of(Map.of("Tom Baker", MentionType.PERSON));

        IngestSummary summary = run(nlp, ArticleBudget.DEFAULT, List.of(huge, good));

        assertThat(sentence.length()).isGreaterThan(200_000);
        assertThat(summary.articles()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(String.format("newskg: error: endless.txt: article too "
                + "long: %,d characters, more than --max-article-chars 100000. The article was skipped; raise "
                + "--max-article-chars to ingest it.", sentence.length()));
        assertThat(nlp.annotated()).as("articles that reached NLP").isEqualTo(1);
    }

    @Test
    void aLongSentenceWithinTheArticleLimitIsSkippedNamingTheSentenceLimit() {
        String body = "Tom Baker spoke. " + "words without any stop ".repeat(300) + "\n\nHe left.";
        IngestSummary summary = run(NLP, new ArticleBudget(100_000, 5_000, Duration.ofSeconds(60)),
                List.of(article("Long", body, "long.txt")));

        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(String.format("newskg: error: long.txt: a sentence of "
                + "%,d characters without a break (from character 17), more than --max-sentence-chars 5000. The "
                + "article was skipped; break the text into sentences or raise --max-sentence-chars.",
                "words without any stop ".repeat(300).length()));
    }

    @Test
    void anAnalysisThatOverrunsIsStoppedAndTheRunGoesOn() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        NlpEngine stuck = new NlpEngine() {
            @Override
            public AnnotatedArticle annotate(Article article) {
                if (article.title().equals("Stuck")) {
                    try {
                        Thread.sleep(Duration.ofMinutes(10).toMillis());
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                        throw new IllegalStateException("interrupted");
                    }
                }
                return NLP.annotate(article);
            }

            @Override
            public long loadMillis() {
                return 0;
            }
        };
        List<Article> articles = List.of(article("Stuck", "Tom Baker spoke.", "stuck.txt"),
                article("First", "Tom Baker left.", "first.txt"), article("Second", "Tom Baker came.", "second.txt"));
        Instant start = Instant.now();

        IngestSummary summary = run(stuck, new ArticleBudget(100_000, 5_000, Duration.ofSeconds(1)), articles);

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
        assertThat(summary.articles()).isEqualTo(2);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("newskg: error: stuck.txt: the analysis took longer than "
                + "--article-timeout 1 s and was stopped. The article was skipped; raise --article-timeout or split "
                + "the article to ingest it.");
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the stuck worker was interrupted").isTrue();
    }

    private IngestSummary run(NlpEngine nlp, ArticleBudget budget, List<Article> articles) {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(temp.resolve("db"))) {
            IngestPipeline pipeline = IngestPipeline.create().nlp(nlp).extractor(new EntityExtractor())
                    .mapper(new NkgFactMapper(IRIS), IRIS).store(store).problems(problems).threads(1)
                    .budget(budget).build();
            return pipeline.run(sink -> articles.forEach(sink));
        }
    }

    private static Article article(String title, String body, String source) {
        return Article.of(title, Optional.empty(), Optional.empty(), Optional.empty(), body, source);
    }
}
