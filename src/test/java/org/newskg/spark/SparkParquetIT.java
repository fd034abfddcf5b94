package org.newskg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job over Parquet whose {@code published} column is a timestamp, with the fake NLP engine (no models):
 * articles come out with their date, a record without text is recorded and skipped; a missing input is one error.
 */
@Tag("spark")
class SparkParquetIT {
    @TempDir
    static Path temp;

    static LocalSpark local;
    static SparkSession spark;

    @BeforeAll
    static void start() {
        local = LocalSpark.start("newskg-parquet-it");
        spark = local.session();
    }

    @AfterAll
    static void stop() {
        if (local != null) {
            local.close();
        }
    }

    @Test
    void parquetWithATimestampColumnBecomesArticlesWithTheirDate() throws IOException {
        Path jsonl = Files.writeString(temp.resolve("in.jsonl"), String.join("\n",
                "{\"title\": \"Bridge reopens\", \"url\": \"https://news.example/bridge\", "
                        + "\"published\": \"2024-05-07T10:00:00Z\", \"text\": \"Tom Baker opened the bridge.\"}",
                "{\"title\": \"Budget\", \"url\": \"https://news.example/budget\", "
                        + "\"published\": \"2024-05-08T09:30:00+02:00\", \"text\": \"Tom Baker voted.\"}",
                "{\"title\": \"Empty\", \"url\": \"https://news.example/empty\", "
                        + "\"published\": \"2024-05-09T00:00:00Z\"}") + "\n");
        String parquet = temp.resolve("articles.parquet").toString();
        spark.read().json(jsonl.toString()).withColumn("published", functions.to_timestamp(functions.col("published")))
                .write().parquet(parquet);
        Path out = temp.resolve("out");

        JobSummary summary = local.run(new JobSettings(List.of(parquet),
                JobSettings.InputFormat.of(parquet), out.toString(), "https://kg.example.org/", Optional.empty(),
                Optional.empty()));

        assertThat(summary.articles()).isEqualTo(2);
        assertThat(summary.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).contains("articles.parquet", "https://news.example/empty");
            assertThat(failure.reason()).isEqualTo("bad record: field \"text\" is missing");
        });
        Dataset written = DatasetFactory.create();
        try (Stream<Path> parts = Files.list(out)) {
            parts.filter(p -> p.getFileName().toString().endsWith(".nq"))
                    .forEach(p -> RDFDataMgr.read(written, p.toString()));
        }
        assertThat(summary.triples()).isEqualTo(written.asDatasetGraph().stream().count());
        assertThat(published(written)).containsExactly("2024-05-07T10:00:00Z", "2024-05-08T07:30:00Z");
        assertThat(ExecutorPipeline.created()).isEqualTo(1);
    }

    @Test
    void twoRecordsOfOneArticleGiveOneGraphFromTheLaterRecord() throws IOException {
        Path first = Files.writeString(temp.resolve("a-first.jsonl"), "{\"title\": \"Bridge closes\", "
                + "\"url\": \"https://news.example/bridge-news\", \"published\": \"2024-05-07T10:00:00Z\", "
                + "\"text\": \"Tom Baker closed the bridge.\"}\n");
        Path second = Files.writeString(temp.resolve("b-second.jsonl"), "{\"title\": \"Bridge reopens\", "
                + "\"url\": \"https://news.example/bridge-news\", \"published\": \"2024-05-08T10:00:00Z\", "
                + "\"text\": \"Tom Baker opened the bridge again.\"}\n");
        Path out = temp.resolve("out-duplicates");

        JobSummary summary = local.run(new JobSettings(List.of(first.toString(), second.toString()),
                JobSettings.InputFormat.JSON, out.toString(), "https://kg.example.org/", Optional.empty(),
                Optional.empty()));

        Dataset written = DatasetFactory.create();
        try (Stream<Path> parts = Files.list(out)) {
            parts.filter(p -> p.getFileName().toString().endsWith(".nq"))
                    .forEach(p -> RDFDataMgr.read(written, p.toString()));
        }
        assertThat(summary.articles()).isEqualTo(1);
        assertThat(summary.failures()).isEmpty();
        assertThat(summary.triples()).isEqualTo(written.asDatasetGraph().stream().count());
        assertThat(published(written)).containsExactly("2024-05-08T10:00:00Z");
    }

    @Test
    void aMissingInputIsOneErrorNamingThePath() {
        String missing = temp.resolve("missing.jsonl").toString();
        assertThatThrownBy(() -> local.run(new JobSettings(List.of(missing),
                JobSettings.InputFormat.JSON, temp.resolve("missing-out").toString(), "https://kg.example.org/",
                Optional.empty(), Optional.empty()))).isInstanceOf(SparkJobException.class)
                .hasMessageStartingWith("cannot read " + missing + " as JSON: [PATH_NOT_FOUND] Path does not exist:")
                .hasMessageEndingWith(". Check the paths and --format.");
    }

    private static List<String> published(Dataset dataset) {
        String query = "SELECT ?date { GRAPH ?g { ?g <https://w3id.org/newskg/ns#published> ?date } } ORDER BY ?date";
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            List<String> dates = new java.util.ArrayList<>();
            execution.execSelect().forEachRemaining(row -> dates.add(row.getLiteral("date").getLexicalForm()));
            return dates;
        }
    }
}
