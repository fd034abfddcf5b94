package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.cli.CliFixtures.NAMES;
import static org.newskg.cli.CliFixtures.NEWS;
import static org.newskg.cli.CliFixtures.graphCount;
import static org.newskg.cli.CliFixtures.quadCount;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.article.ArticleSource;
import org.newskg.article.ReadOptions;
import org.newskg.rdf.IriMinter;
import org.newskg.store.Tdb2KnowledgeStore;
import org.newskg.sys.FakeNlpLoader;

/** {@code newskg ingest} end to end with the fake NLP engine and the real extractor, mapper and TDB2 store. */
class IngestRunTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "Ingested (\\d+) articles?, (\\d+) triples, \\d+\\.\\d s(, (\\d+) skipped)? into (.+)\\.\\n");
    private static final Path BUDGET = NEWS.resolve("02_budget.txt");
    private static final String BUDGET_TITLE = "Council approves budget";

    @RegisterExtension
    final FakeNlpLoader nlp = FakeNlpLoader.with(NAMES);

    @TempDir
    Path temp;

    @Test
    void ingestsAFolderAndSaysHowManyArticlesAndTriples() {
        Path db = temp.resolve("db");

        Cli cli = Cli.run(nlp.models(), "ingest", "--db", db, NEWS);

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.err()).isEmpty();
        Matcher summary = summary(cli);
        assertThat(summary.group(1)).isEqualTo("3");
        assertThat(summary.group(3)).isNull();
        assertThat(summary.group(5)).isEqualTo(db.toString());
        assertThat(Long.parseLong(summary.group(2))).isEqualTo(quadCount(db)).isPositive();
        assertThat(graphCount(db)).isEqualTo(3);
        assertThat(labels(db, "nkg:Person")).containsExactly("Ana Ruiz", "Tom Baker");
        assertThat(labels(db, "nkg:Article")).containsExactly("Council approves budget",
                "Harbor Bridge reopens after repairs", "Library extends hours");
        assertThat(nlp.loads()).isEqualTo(1);
    }

    @Test
    void ingestingTheSameFolderTwiceReplacesInsteadOfAdding() {
        Path db = temp.resolve("db");
        Cli first = Cli.run(nlp.models(), "ingest", "--db", db, NEWS);
        long quads = quadCount(db);

        Cli second = Cli.run(nlp.models(), "ingest", "--db", db, "--threads", "1", NEWS);

        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(quadCount(db)).isEqualTo(quads);
        assertThat(graphCount(db)).isEqualTo(3);
        assertThat(summary(second).group(2)).isEqualTo(summary(first).group(2));
        assertThat(labels(db, "nkg:Person")).containsExactly("Ana Ruiz", "Tom Baker");
    }

    @Test
    void anArticleWhoseAnalysisFailsLeavesNothingAndTheOthersAreStored() {
        Path db = temp.resolve("db");
        nlp.failOn(article -> article.title().equals(BUDGET_TITLE));

        Cli cli = Cli.run(nlp.models(), "ingest", "--db", db, NEWS);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + BUDGET.getFileName()
                + ": could not analyze the article: the fake engine fails on '" + BUDGET_TITLE + "'. The article was "
                + "skipped; rerun with --verbose for details.");
        assertThat(summary(cli).group(1)).isEqualTo("2");
        assertThat(summary(cli).group(4)).isEqualTo("1");
        assertThat(graphCount(db)).isEqualTo(2);
        assertThat(labels(db, "nkg:Article")).doesNotContain(BUDGET_TITLE).hasSize(2);
        assertThat(ask(db, "ASK { GRAPH <" + graphOf(BUDGET) + "> { ?s ?p ?o } }")).isFalse();
        assertThat(ask(db, "ASK { ?s ?p ?o FILTER (CONTAINS(STR(?o), 'approved the budget')) }")).isFalse();
    }

    @Test
    void whenAnArticleFailsOnReingestItsPreviousVersionStays() {
        Path db = temp.resolve("db");
        Cli.run(nlp.models(), "ingest", "--db", db, NEWS);
        long quads = quadCount(db);
        nlp.failOn(article -> article.title().equals(BUDGET_TITLE));

        Cli cli = Cli.run(nlp.models(), "ingest", "--db", db, NEWS);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(quadCount(db)).isEqualTo(quads);
        assertThat(ask(db, "ASK { GRAPH <" + graphOf(BUDGET) + "> { ?a <https://w3id.org/newskg/ns#title> '"
                + BUDGET_TITLE + "' } }")).isTrue();
    }

    @Test
    void withVerboseAFailedArticleComesWithItsStackTrace() {
        Path db = temp.resolve("db");
        nlp.failOn(article -> article.title().equals(BUDGET_TITLE));

        Cli cli = Cli.run(nlp.models(), "ingest", "--db", db, "--verbose", NEWS);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(cli.errLines().get(0)).startsWith("newskg: error: " + BUDGET.getFileName()
                + ": could not analyze the article");
        assertThat(cli.errLines().get(1)).isEqualTo("org.newskg.nlp.NlpException: the fake engine fails on '"
                + BUDGET_TITLE + "'");
        assertThat(cli.errLines()).anySatisfy(line -> assertThat(line).startsWith("\tat org.newskg.sys."));
    }

    /** A date that overflows when written in UTC used to end the whole run; now the reader reports it. */
    @Test
    void anArticleThatCannotBeMappedIsSkippedAndTheRunGoesOn() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("in"));
        Path far = Files.writeString(folder.resolve("a_far.txt"), "# Far future\n\nPublished at: "
                + "**+999999999-12-31T23:59:59-18:00**\n\nTom Baker spoke.\n");
        Files.copy(NEWS.resolve("01_bridge.txt"), folder.resolve("b_bridge.txt"));
        Path db = temp.resolve("db");

        Cli cli = Cli.run(nlp.models(), "ingest", "--db", db, folder);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + far + " [line 3]: \"Published at\": "
                + "'+999999999-12-31T23:59:59-18:00' is outside the supported years 0001 to 9999. Write it like "
                + "2019-11-07T01:42:27+00:00 or 2019-11-07.");
        assertThat(graphCount(db)).isEqualTo(1);
        assertThat(labels(db, "nkg:Article")).containsExactly("Harbor Bridge reopens after repairs");
    }

    private static Matcher summary(Cli cli) {
        Matcher matcher = SUMMARY.matcher(cli.out());
        assertThat(matcher.matches()).as("summary line in %s", cli).isTrue();
        return matcher;
    }

    static String graphOf(Path file) {
        Article article = ArticleSource.files().readAll(List.of(file), ReadOptions.defaults()).get(0);
        return new IriMinter(IriMinter.DEFAULT_BASE).article(article.id()).getURI();
    }

    static List<String> labels(Path db, String type) {
        String query = "PREFIX nkg: <https://w3id.org/newskg/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                + " SELECT DISTINCT ?label { ?s a " + type + " ; rdfs:label ?label } ORDER BY ?label";
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openExisting(db)) {
            return store.read(dataset -> {
                try (QueryExecution execution = QueryExecution.create(query, dataset)) {
                    List<String> result = new java.util.ArrayList<>();
                    execution.execSelect().forEachRemaining(row -> result.add(row.getLiteral("label").getString()));
                    return result;
                }
            });
        }
    }

    static boolean ask(Path db, String query) {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openExisting(db)) {
            return store.read(dataset -> {
                try (QueryExecution execution = QueryExecution.create(query, dataset)) {
                    return execution.execAsk();
                }
            });
        }
    }
}
