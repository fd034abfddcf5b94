package org.newskg.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import org.newskg.store.Tdb2KnowledgeStore;

/**
 * {@code newskg push} against real standalone Fuseki servers, each its own process: one open, one behind basic
 * authentication. Pushes a small store, queries it back over HTTP, pushes again and checks nothing is duplicated.
 */
@Timeout(300)
class PushIT {
    private static final String ARTICLE_1 = "https://news.example.org/id/article/harbour-1";
    private static final String ARTICLE_2 = "https://news.example.org/id/article/bridge-2";
    private static final String USER = "loader";
    private static final String PASSWORD = "Tide-2-Pool";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path dir;
    private static Path db;
    private static FusekiProcess open;
    private static FusekiProcess guarded;

    @BeforeAll
    static void startServersAndFillAStore() throws IOException {
        db = dir.resolve("db");
        writeGraph(ARTICLE_1, 3);
        writeGraph(ARTICLE_2, 4);
        Path passwd = Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        open = FusekiProcess.start(dir.resolve("open"), Optional.empty());
        guarded = FusekiProcess.start(dir.resolve("guarded"), Optional.of(passwd));
    }

    @AfterAll
    static void stopServers() {
        if (open != null) {
            open.close();
        }
        if (guarded != null) {
            guarded.close();
        }
    }

    @Test
    void pushSendsEveryArticleAndPushingAgainReplacesInsteadOfDuplicating() {
        Run first = push(open.datasetUrl());
        assertThat(first.code).as(first.err + open.log()).isZero();
        assertThat(first.out).isEqualTo("Pushed 2 articles, 7 triples to " + open.datasetUrl());
        assertThat(graphCounts(open, Optional.empty())).containsExactly(ARTICLE_1 + ",3", ARTICLE_2 + ",4");

        Run second = push(open.datasetUrl());
        assertThat(second.code).as(second.err).isZero();
        assertThat(graphCounts(open, Optional.empty())).containsExactly(ARTICLE_1 + ",3", ARTICLE_2 + ",4");

        writeGraph(ARTICLE_1, 1);
        assertThat(push(open.datasetUrl()).code).isZero();
        assertThat(graphCounts(open, Optional.empty())).containsExactly(ARTICLE_1 + ",1", ARTICLE_2 + ",4");
        writeGraph(ARTICLE_1, 3);
    }

    @Test
    void aServerBehindAuthenticationNeedsTheRightCredentials() throws IOException {
        Run anonymous = push(guarded.datasetUrl());
        assertThat(anonymous.code).isEqualTo(2);
        assertThat(anonymous.err).isEqualTo("newskg: error: " + guarded.datasetUrl()
                + " refused the request (HTTP 401). Give credentials with --user and --password-file.");

        Path wrong = Files.writeString(dir.resolve("wrong-password"), "not-it\n");
        Run refused = push(guarded.datasetUrl(), "--user", USER, "--password-file", wrong.toString());
        assertThat(refused.code).isEqualTo(2);
        assertThat(refused.err).isEqualTo("newskg: error: " + guarded.datasetUrl()
                + " refused the request (HTTP 401). Check the credentials (--user and --password-file).");
        assertThat(refused.err).doesNotContain("not-it");

        Path right = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
        Run accepted = push(guarded.datasetUrl(), "--user", USER, "--password-file", right.toString());
        assertThat(accepted.code).as(accepted.err + guarded.log()).isZero();
        assertThat(accepted.out).isEqualTo("Pushed 2 articles, 7 triples to " + guarded.datasetUrl());
        assertThat(accepted.out + accepted.err).doesNotContain(PASSWORD);

        Path userAndPassword = Files.writeString(dir.resolve("user-password"), USER + ":" + PASSWORD + "\n");
        assertThat(push(guarded.datasetUrl(), "--password-file", userAndPassword.toString()).code).isZero();
        assertThat(graphCounts(guarded, Optional.of(USER + ":" + PASSWORD)))
                .containsExactly(ARTICLE_1 + ",3", ARTICLE_2 + ",4");
    }

    private static void writeGraph(String graph, int triples) {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(db)) {
            Node g = NodeFactory.createURI(graph);
            store.replaceGraph(graph, sink -> {
                for (int i = 0; i < triples; i++) {
                    sink.quad(Quad.create(g, NodeFactory.createURI(graph + "#s" + i),
                            NodeFactory.createURI("https://news.example.org/ns#p"),
                            NodeFactory.createLiteralString("value " + i)));
                }
            });
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run push(String endpoint, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[4 + more.length];
        args[0] = "push";
        args[1] = "--endpoint=" + endpoint;
        args[2] = "--db";
        args[3] = db.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString().strip().replaceAll(", [0-9.]+ s$", ""), err.toString().strip());
    }

    /** "graph,count" rows from the remote server, by graph name descending, read back over HTTP as CSV. */
    private static List<String> graphCounts(FusekiProcess fuseki, Optional<String> userAndPassword) {
        String query = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?g)";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/sparql"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString(query));
        userAndPassword.ifPresent(up -> request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(up.getBytes(StandardCharsets.UTF_8))));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body().lines().skip(1).map(String::strip).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
