package org.newskg.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.newskg.article.ArticleSource;
import org.newskg.article.ReadOptions;
import org.newskg.extract.news.NewsFactExtractor;
import org.newskg.nlp.MentionType;
import org.newskg.nlp.NlpEngine;
import org.newskg.rdf.IriMinter;
import org.newskg.rdf.NkgFactMapper;
import org.newskg.store.Tdb2KnowledgeStore;
import org.newskg.sys.FakeNlpEngine;
import org.newskg.sys.IngestPipeline;
import org.newskg.sys.ProblemReporter;

/** Invented articles, a clean ingest to compare with, and SPARQL over HTTP, for the live server's tests. */
public final class LiveTestLib {
    public static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);
    public static final Map<String, MentionType> NAMES = Map.of("Ana Ruiz", MentionType.PERSON, "Tom Vale",
            MentionType.PERSON, "Harbor Bank", MentionType.ORGANIZATION, "Lisbon", MentionType.LOCATION);
    public static final String PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveTestLib() {
    }

    public static NlpEngine nlp() {
        return FakeNlpEngine.of(NAMES);
    }

    /** An invented Markdown news article; each number gives different text, so a different article. */
    public static String article(int number) {
        return "# Harbor notice " + number + "\n\nPublished at: **2024-03-0" + (1 + number % 9)
                + "T10:00:00+00:00**\n\n"
                + "Ana Ruiz, the chief executive of Harbor Bank, said item " + number + " was ready in Lisbon.\n\n"
                + "Tom Vale met Ana Ruiz on Monday. \"We will open " + number + " branches,\" Tom Vale said.\n";
    }

    /** Writes {@link #article} files 0 to count-1 into a folder. */
    public static List<Path> writeArticles(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(String.format("notice-%03d.md", i)), article(i));
        }
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** An empty newskg database. */
    public static Path emptyDatabase(Path db) {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(db)) {
            store.claimBase(IriMinter.DEFAULT_BASE);
        }
        release(db);
        return db;
    }

    /** Lets another process open the database: TDB2 keeps it (and its lock) for the JVM after it is closed. */
    public static void release(Path db) {
        org.apache.jena.tdb2.sys.TDBInternal.expel(org.apache.jena.tdb2.TDB2Factory.connectDataset(db.toString())
                .asDatasetGraph(), true);
    }

    /** The triples per article graph after a clean {@code ingest} of these inputs into a new database. */
    public static Map<String, Long> cleanIngest(Path db, List<Path> inputs) {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(db)) {
            IngestPipeline pipeline = IngestPipeline.create().nlp(nlp()).extractor(new NewsFactExtractor())
                    .mapper(new NkgFactMapper(IRIS), IRIS).store(store)
                    .problems(new ProblemReporter(new java.io.PrintWriter(System.err), false)).build();
            pipeline.run(sink -> ArticleSource.files().read(inputs, ReadOptions.defaults(), sink, problem -> { }));
            return store.read(ds -> counts(QueryExecutionFactory.create(PER_GRAPH, ds).execSelect()));
        }
    }

    private static Map<String, Long> counts(ResultSet results) {
        Map<String, Long> counts = new HashMap<>();
        results.forEachRemaining(row -> counts.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
        return counts;
    }

    /** Runs a SELECT over HTTP; the JSON results, or an exception naming the status. */
    public static JsonNode select(String endpoint, String query) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query,
                        StandardCharsets.UTF_8))));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return json(response.body());
    }

    /** The triples per article graph, as one query over HTTP sees them. */
    public static Map<String, Long> countsOverHttp(String endpoint) {
        Map<String, Long> counts = new HashMap<>();
        select(endpoint, PER_GRAPH).path("results").path("bindings").forEach(row -> counts.put(
                row.path("g").path("value").asText(), row.path("n").path("value").asLong()));
        return counts;
    }

    public static HttpResponse<String> post(String url, String contentType, String body,
                                            Optional<String> basicAuth) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        basicAuth.ifPresent(auth -> request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString(auth.getBytes(StandardCharsets.UTF_8))));
        return send(request);
    }

    public static HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the condition holds, failing after the timeout. */
    public static void await(Duration timeout, java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
