package org.newskg.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.reader.WgetCapture;
import org.newskg.extract.news.NewsFactExtractor;
import org.newskg.rdf.NkgFactMapper;
import org.newskg.serve.Credentials;
import org.newskg.serve.SparqlServer;
import org.newskg.serve.UpdateAccess;
import org.newskg.sys.NamedQueries;

/**
 * Issue 17: a real server (TDB2 on disk, HTTP on a loopback port) ingests while it serves. The NLP is the fake
 * engine, so the tests take seconds; everything after it is the real pipeline.
 */
class Issue17LiveServerTest {
    private static final Credentials EDITOR = new Credentials("editor", "s3cret-pass");

    @TempDir
    Path tmp;

    private LiveIngest live;
    private SparqlServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (live != null) {
            live.close();
        }
    }

    private void start(Optional<Path> watch, boolean allowUpdate) {
        Path db = LiveTestLib.emptyDatabase(tmp.resolve("db"));
        live = LiveIngest.start(db, LiveTestLib.nlp(), new NewsFactExtractor(), NkgFactMapper::new,
                watch.map(folder -> LiveSettings.postsOnly().withWatch(folder, Duration.ofMillis(100)))
                        .orElse(LiveSettings.postsOnly()));
        SparqlServer.Builder builder = SparqlServer.create().database(db).port(0)
                .live(live.ingester(), Duration.ofSeconds(30));
        if (allowUpdate) {
            builder.allowUpdate(UpdateAccess.user(EDITOR));
        }
        server = builder.build().start();
    }

    @Test
    void articlesDroppedIntoTheWatchedFolderAreServedWholeWhileFourClientsQuery() throws Exception {
        Map<String, Long> clean = LiveTestLib.cleanIngest(tmp.resolve("clean"),
                List.of(LiveTestLib.writeArticles(tmp.resolve("articles"), 50).get(0).getParent()));
        assertThat(clean).hasSize(50);
        Path watch = Files.createDirectories(tmp.resolve("inbox"));
        start(Optional.of(watch), false);

        AtomicBoolean running = new AtomicBoolean(true);
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger partialReads = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                for (int i = 0; running.get(); i++) {
                    try {
                        String name = NamedQueries.SCORED.get((client + i) % NamedQueries.SCORED.size());
                        LiveTestLib.select(server.endpointUrl(), NamedQueries.text(name));
                        Map<String, Long> seen = LiveTestLib.countsOverHttp(server.endpointUrl());
                        seen.forEach((graph, triples) -> {
                            if (!triples.equals(clean.get(graph))) {
                                errors.add(graph + " had " + triples + " triples, a clean ingest " + clean.get(graph));
                            }
                        });
                        reads.incrementAndGet();
                        if (!seen.isEmpty() && seen.size() < 50) {
                            partialReads.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        errors.add(e.toString());
                    }
                }
            });
            thread.start();
            clients.add(thread);
        }
        for (int i = 0; i < 50; i++) {
            String name = String.format("notice-%03d.md", i);
            if (i % 10 == 0) {
                Files.writeString(watch.resolve(name + ".part"), LiveTestLib.article(i));
                Files.move(watch.resolve(name + ".part"), watch.resolve(name));
            } else {
                Files.writeString(watch.resolve(name), LiveTestLib.article(i));
            }
            Thread.sleep(20);
        }
        Files.writeString(watch.resolve("empty.md"), "\n\n");
        Files.writeString(watch.resolve("notes.docx"), "not an article");

        LiveTestLib.await(Duration.ofSeconds(90), () -> count(watch.resolve("done")) == 50
                && count(watch.resolve("failed")) == 4, "50 files in done/ and 2 with reasons in failed/");
        running.set(false);
        for (Thread client : clients) {
            client.join();
        }

        assertThat(errors).isEmpty();
        assertThat(reads.get()).isGreaterThan(4);
        assertThat(partialReads.get()).as("reads while articles were arriving").isPositive();
        assertThat(LiveTestLib.countsOverHttp(server.endpointUrl())).isEqualTo(clean);
        assertThat(Files.readString(watch.resolve("failed/notes.docx.reason")))
                .startsWith("newskg: error: ")
                .contains("notes.docx: unknown file type '.docx'").doesNotContain("\tat ");
        assertThat(Files.readString(watch.resolve("failed/empty.md.reason"))).startsWith("newskg: error: ").contains("empty.md");
        try (Stream<Path> left = Files.list(watch)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
        JsonNode status = LiveTestLib.json(LiveTestLib.get(server.datasetUrl() + "/status", "application/json")
                .body());
        assertThat(status.path("articles").asLong()).isEqualTo(50);
        assertThat(status.path("storedSinceStart").asLong()).isEqualTo(50);
        assertThat(status.path("lastFailed").get(0).path("reason").asText()).isNotBlank();
    }

    @Test
    void aWarcThatWgetRecordedIsReadFromTheWatchedFolderPageByPage() throws Exception {
        assumeTrue(WgetCapture.wgetAvailable(), "wget is not installed (Debian package wget)");
        WgetCapture capture = WgetCapture.create();
        for (int page = 1; page <= 2; page++) {
            capture.page("http://news.example/harbor/" + page, 200, "text/html", "<html><head><title>Harbor news "
                    + page + "</title></head><body><article><p>The harbor reopened after the storm, report "
                    + page + ".</p></article></body></html>");
        }
        capture.page("http://news.example/harbor/missing", 404, "text/html", "<html><body>gone</body></html>");
        Path warc = capture.record(Files.createDirectories(tmp.resolve("crawl")), "harbor", true);
        Path watch = Files.createDirectories(tmp.resolve("inbox"));
        start(Optional.of(watch), false);

        Files.move(warc, watch.resolve("harbor.warc.gz"));

        LiveTestLib.await(Duration.ofSeconds(60), () -> Files.exists(watch.resolve("done/harbor.warc.gz")),
                "the archive in done/");
        assertThat(LiveTestLib.countsOverHttp(server.endpointUrl())).hasSize(2);
        assertThat(Files.exists(watch.resolve("failed"))
                && count(watch.resolve("failed")) > 0).as("anything in failed/").isFalse();
    }

    private static long count(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    @Test
    void postedArticlesNeedTheEditorsCredentialsAndAreAnsweredArticleByArticle() throws Exception {
        Map<String, Long> clean = LiveTestLib.cleanIngest(tmp.resolve("clean"),
                List.of(LiveTestLib.writeArticles(tmp.resolve("articles"), 2).get(0).getParent()));
        start(Optional.empty(), true);
        String ingest = server.datasetUrl() + "/ingest";

        assertThat(LiveTestLib.post(ingest, "text/markdown", LiveTestLib.article(0), Optional.empty())
                .statusCode()).isEqualTo(401);
        assertThat(LiveTestLib.post(ingest, "text/markdown", LiveTestLib.article(0),
                Optional.of("editor:wrong")).statusCode()).isEqualTo(401);
        assertThat(LiveTestLib.countsOverHttp(server.endpointUrl())).isEmpty();

        HttpResponse<String> stored = LiveTestLib.post(ingest, "text/markdown", LiveTestLib.article(0),
                Optional.of("editor:s3cret-pass"));
        assertThat(stored.statusCode()).isEqualTo(200);
        JsonNode article = LiveTestLib.json(stored.body()).path("articles").get(0);
        assertThat(article.path("status").asText()).isEqualTo("stored");
        String iri = article.path("iri").asText();
        assertThat(clean).containsKey(iri);
        assertThat(LiveTestLib.countsOverHttp(server.endpointUrl())).containsExactly(Map.entry(iri, clean.get(iri)));

        String jsonl = "{\"title\": \"Harbor notice 1\", \"text\": \"\"}\n"
                + "{\"title\": \"Dock report\", \"text\": \"Tom Vale met Ana Ruiz in Lisbon.\"}\n";
        HttpResponse<String> mixed = LiveTestLib.post(ingest + "?format=jsonl", "application/octet-stream", jsonl,
                Optional.of("editor:s3cret-pass"));
        assertThat(mixed.statusCode()).isEqualTo(200);
        JsonNode articles = LiveTestLib.json(mixed.body()).path("articles");
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).path("status").asText()).isEqualTo("failed");
        assertThat(articles.get(0).path("reason").asText()).contains("line 1");
        assertThat(articles.get(1).path("status").asText()).isEqualTo("stored");

        HttpResponse<String> unknown = LiveTestLib.post(ingest, "application/pdf", "%PDF",
                Optional.of("editor:s3cret-pass"));
        assertThat(unknown.statusCode()).isEqualTo(415);
        assertThat(LiveTestLib.json(unknown.body()).path("reason").asText()).contains("format=");
        assertThat(LiveTestLib.countsOverHttp(server.endpointUrl())).hasSize(2);
    }

    @Test
    void aServerWithoutUpdatesRefusesPostedArticles() {
        start(Optional.empty(), false);
        HttpResponse<String> refused = LiveTestLib.post(server.datasetUrl() + "/ingest", "text/markdown",
                LiveTestLib.article(0), Optional.of("editor:s3cret-pass"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("--allow-update");
        assertThat(LiveTestLib.countsOverHttp(server.endpointUrl())).isEmpty();
    }

    @Test
    void theStatusPageEscapesWhatArticlesSay() throws Exception {
        start(Optional.empty(), true);
        HttpResponse<String> failed = LiveTestLib.post(server.datasetUrl() + "/ingest?format=jsonl", "text/plain",
                "{\"title\": \"<script>alert(1)</script>\", \"text\": 5\n", Optional.of("editor:s3cret-pass"));
        assertThat(failed.body()).contains("<script>");
        String page = LiveTestLib.get(server.datasetUrl() + "/status", "text/html").body();
        assertThat(page).contains("newskg status", "&lt;script&gt;").doesNotContain("<script>");
    }
}
