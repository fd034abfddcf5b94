package org.newskg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.article.ArticleSource;
import org.newskg.article.ReadOptions;
import org.newskg.cli.Main;
import org.newskg.it.ArticleGraphs;
import org.newskg.it.SharedCoreNlp;
import org.newskg.rdf.IriMinter;
import org.newskg.store.Tdb2KnowledgeStore;

/**
 * The Spark job on {@code local[2]} over the development set, against {@code newskg ingest} of the same articles:
 * the same named graphs, each isomorphic (but for when and from which file it was read), bad records recorded and
 * skipped, one NLP engine for both partitions, and {@code newskg load} of the output. Spark runs its tasks in this
 * JVM, so ingest and the job share one CoreNLP engine; the Spark ITs have a JVM of their own (see the pom).
 */
@Tag("corenlp")
@Tag("spark")
@ExtendWith(SharedCoreNlp.class)
class SparkIngestJobIT {
    private static final Path DEV = Path.of("..", "shared", "dev", "articles");
    private static final int DEV_ARTICLES = devArticleCount();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    static SparkSession spark;
    static Path devJsonl;
    static Path badJsonl;
    static Path out;
    static JobSummary summary;
    static long sparkMillis;
    static Path ingested;
    static String ingestOut;

    @BeforeAll
    static void runBoth() throws IOException {
        devJsonl = temp.resolve("in").resolve("dev.jsonl");
        Files.createDirectories(devJsonl.getParent());
        writeJsonLines(ArticleSource.files().readAll(List.of(DEV), ReadOptions.defaults()), devJsonl);
        badJsonl = temp.resolve("in").resolve("bad.jsonl");
        Files.writeString(badJsonl, "{\"title\": \"No text here\", \"url\": \"https://news.example/empty\"}\n"
                + "{\"title\": \"Broken\", \"text\": \n");
        ingested = temp.resolve("ingested-db");
        ingestOut = cli("ingest", "--db", ingested.toString(), "--threads", "2", devJsonl.toString());

        ExecutorPipeline.reset();
        spark = SparkSession.builder().master("local[2]").appName("newskg-it").config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        out = temp.resolve("spark-out");
        long start = System.nanoTime();
        summary = SparkIngestJob.run(spark, new JobSettings(List.of(devJsonl.toString(), badJsonl.toString()),
                JobSettings.InputFormat.JSON, out.toString(), IriMinter.DEFAULT_BASE, Optional.of(2),
                Optional.empty()).withNlpLoader(SharedCoreNlp.Loader.class.getName()));
        sparkMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.print("newskg ingest --threads 2: " + ingestOut);
        System.out.printf("Spark local[2]: %s; %.1f articles/min%n", summary.line(),
                summary.articles() * 60_000.0 / sparkMillis);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyDevArticleIsWrittenAndTheBadRecordsAreRecordedWithTheirReasons() {
        assertThat(ingestOut).as("newskg ingest").startsWith("Ingested " + DEV_ARTICLES + " articles, ");
        assertThat(summary.articles()).isEqualTo(DEV_ARTICLES);
        assertThat(summary.failures()).hasSize(2);
        assertThat(summary.failures()).anySatisfy(failure -> {
            assertThat(failure.source()).contains("bad.jsonl", "https://news.example/empty");
            assertThat(failure.reason()).isEqualTo("bad record: field \"text\" is missing");
        });
        assertThat(summary.failures()).anySatisfy(failure -> {
            assertThat(failure.source()).contains("bad.jsonl");
            assertThat(failure.reason()).startsWith("not a valid JSON record: '{\"title\": \"Broken\"");
        });
        assertThat(ingestOut).contains(" " + summary.triples() + " triples");
    }

    @Test
    void theOutputIsPartFilesOfNQuadsAndTheSummary() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
                    .contains("part-00000.nq", "part-00001.nq", "_summary.json", "_SUCCESS")
                    .allMatch(n -> n.startsWith("_") || n.matches("part-\\d{5}\\.nq"));
        }
        JobSummary written = JobSummary.fromJson(Files.readString(out.resolve("_summary.json")));
        assertThat(written).isEqualTo(summary);
    }

    @Test
    void bothPartitionsShareOneNlpEngine() {
        assertThat(ExecutorPipeline.created()).isEqualTo(1);
    }

    @Test
    void loadedIntoTdb2EveryGraphIsIsomorphicToWhatIngestWrote() {
        Path loaded = temp.resolve("loaded-db");
        String loadOut = cli("load", "--nquads", out.toString(), "--db", loaded.toString());
        assertThat(loadOut)
                .startsWith("Loaded " + DEV_ARTICLES + " articles, " + summary.triples() + " triples from ");

        ArticleGraphs.assertSameArticles(ingested, loaded, DEV_ARTICLES);
        try (Tdb2KnowledgeStore actual = Tdb2KnowledgeStore.openExisting(loaded)) {
            assertThat(actual.base()).contains(IriMinter.DEFAULT_BASE);
        }
    }

    @Test
    void anExistingOutputFolderIsRefusedBeforeAnyWork() {
        assertThatThrownBy(() -> SparkIngestJob.run(spark, new JobSettings(List.of(devJsonl.toString()),
                JobSettings.InputFormat.JSON, out.toString(), IriMinter.DEFAULT_BASE, Optional.empty(),
                Optional.empty()))).isInstanceOf(SparkJobException.class)
                .hasMessageEndingWith(": the output folder exists. Choose another --out or delete it.");
    }

    @Test
    void recordsWithoutTheArticleFieldsAreRefused() throws IOException {
        Path other = temp.resolve("other.jsonl");
        Files.writeString(other, "{\"headline\": \"x\", \"body\": \"y\"}\n");
        assertThatThrownBy(() -> SparkIngestJob.run(spark, new JobSettings(List.of(other.toString()),
                JobSettings.InputFormat.JSON, temp.resolve("other-out").toString(), IriMinter.DEFAULT_BASE,
                Optional.empty(), Optional.empty()))).isInstanceOf(SparkJobException.class)
                .hasMessageContaining("the records have no field 'title' (they have [body, headline]).");
    }

    private static void writeJsonLines(List<Article> articles, Path file) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file)) {
            for (Article article : articles) {
                ObjectNode record = JSON.createObjectNode().put("title", article.title()).put("text", article.body());
                article.published().ifPresent(p -> record.put("published", p.withOffsetSameInstant(ZoneOffset.UTC)
                        .toString()));
                article.author().ifPresent(a -> record.put("author", a));
                article.url().ifPresent(u -> record.put("url", u));
                writer.write(JSON.writeValueAsString(record));
                writer.newLine();
            }
        }
    }

    private static String cli(String... args) {
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        int code = Main.run(SharedCoreNlp.models(), new PrintWriter(output, true), new PrintWriter(errors, true), args);
        assertThat(code).as("newskg %s: %s", String.join(" ", args), errors).isZero();
        return output.toString();
    }

    private static int devArticleCount() {
        try (Stream<Path> files = Files.list(DEV)) {
            return (int) files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new IllegalStateException("the development set must be at " + DEV + ": " + e.getMessage(), e);
        }
    }
}
