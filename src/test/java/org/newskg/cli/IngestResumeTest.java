package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.cli.CliFixtures.NAMES;
import static org.newskg.cli.CliFixtures.NEWS;
import static org.newskg.cli.CliFixtures.graphCount;
import static org.newskg.cli.CliFixtures.quadCount;
import static org.newskg.cli.IngestRunTest.ask;
import static org.newskg.cli.IngestRunTest.labels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.sys.FakeNlpLoader;

/** {@code newskg ingest --resume}: articles stored with the same content are not analyzed again. */
class IngestResumeTest {
    private static final String BUDGET_TITLE = "Council approves budget";

    @RegisterExtension
    final FakeNlpLoader nlp = FakeNlpLoader.with(NAMES);

    @TempDir
    Path temp;

    Path news;
    Path db;

    @BeforeEach
    void copyTheArticles() throws IOException {
        news = Files.createDirectory(temp.resolve("news"));
        try (Stream<Path> files = Files.list(NEWS)) {
            for (Path file : files.toList()) {
                Files.copy(file, news.resolve(file.getFileName()));
            }
        }
        db = temp.resolve("db");
    }

    @Test
    void aRunThatStoppedGoesOnWithTheArticlesItHadNotStored() {
        nlp.failOn(article -> article.title().equals(BUDGET_TITLE));
        Cli stopped = Cli.run(nlp.models(), "ingest", "--db", db, news);
        assertThat(graphCount(db)).as(stopped.toString()).isEqualTo(2);
        nlp.failOn(article -> false);

        Cli resumed = Cli.run(nlp.models(), "ingest", "--db", db, "--resume", news);

        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).matches("Ingested 1 article, \\d+ triples, [\\d.]+ s, 2 unchanged into .+\\.\\n");
        assertThat(nlp.engine().annotated()).as("articles analyzed by the resumed run").isEqualTo(1);
        assertThat(graphCount(db)).isEqualTo(3);
        assertThat(labels(db, "nkg:Article")).contains(BUDGET_TITLE);
    }

    @Test
    void resumingAFinishedRunAnalyzesNothingAndChangesNothing() {
        Cli.run(nlp.models(), "ingest", "--db", db, news);
        long quads = quadCount(db);
        int loads = nlp.loads();

        Cli resumed = Cli.run(nlp.models(), "ingest", "--db", db, "--resume", news);

        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).matches("Ingested 0 articles, 0 triples, [\\d.]+ s, 3 unchanged into .+\\.\\n");
        assertThat(nlp.loads()).as("no article needed the NLP models").isEqualTo(loads);
        assertThat(quadCount(db)).isEqualTo(quads);
    }

    @Test
    void aChangedArticleIsIngestedAgainAndReplacesTheOldOne() throws IOException {
        Cli.run(nlp.models(), "ingest", "--db", db, news);
        Path budget = news.resolve("02_budget.txt");
        Files.writeString(budget, Files.readString(budget).replace("approved", "rejected"));
        assertThat(Files.readString(budget)).contains("rejected");

        Cli resumed = Cli.run(nlp.models(), "ingest", "--db", db, "--resume", news);

        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("Ingested 1 article, ", ", 2 unchanged into ");
        assertThat(nlp.engine().annotated()).isEqualTo(1);
        assertThat(graphCount(db)).isEqualTo(3);
        assertThat(ask(db, "ASK { ?s ?p ?o FILTER (CONTAINS(STR(?o), 'rejected')) }")).isTrue();
        assertThat(ask(db, "ASK { ?s ?p ?o FILTER (CONTAINS(STR(?o), 'approved')) }")).isFalse();
    }

    @Test
    void withoutResumeEveryArticleIsAnalyzedAgain() {
        Cli.run(nlp.models(), "ingest", "--db", db, news);

        Cli again = Cli.run(nlp.models(), "ingest", "--db", db, news);

        assertThat(again.out()).startsWith("Ingested 3 articles, ").doesNotContain("unchanged");
        assertThat(nlp.engine().annotated()).isEqualTo(3);
    }
}
