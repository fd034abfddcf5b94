package org.newskg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.serve.ServeTestLib.query;
import static org.newskg.serve.ServeTestLib.rows;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server with a short timeout over one generated graph: a cross product must be cut off, not hang, in a query and
 * in an (allowed, authenticated) update.
 */
@Timeout(30)
class SparqlServerTimeoutTest {
    private static final int TRIPLES = 300;
    private static final Duration QUERY_TIMEOUT = Duration.ofMillis(300);
    /** 300^4 = 8.1e9 rows to count; minutes of work without the timeout, nothing to stream before it fires. */
    private static final String CROSS_PRODUCT =
            "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }";

    private static final Credentials EDITOR = new Credentials("editor", "s3cret-Pa55");

    @TempDir
    static Path dir;
    private static Dataset dataset;
    private static SparqlServer server;

    @BeforeAll
    static void startServer() {
        dataset = ServeTestLib.createDatabase(dir.resolve("db"), "https://example.org/article/big", TRIPLES);
        server = SparqlServer.create().database(dir.resolve("db")).port(0).queryTimeout(QUERY_TIMEOUT)
                .allowUpdate(UpdateAccess.user(EDITOR)).build().start();
    }

    @AfterAll
    static void stopServer() {
        ServeTestLib.stop(server, dataset);
    }

    @Test
    void longQueryIsCancelledWithAnHttpError() {
        long start = System.nanoTime();

        HttpResponse<String> response = query(server.endpointUrl(), CROSS_PRODUCT);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void clientCannotExtendTheTimeout() {
        long start = System.nanoTime();

        HttpResponse<String> response = query(server.endpointUrl() + "?timeout=600", CROSS_PRODUCT);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void longUpdateIsCancelledAndWritesNothing() {
        long start = System.nanoTime();

        HttpResponse<String> response = ServeTestLib.sendAs(EDITOR, "POST", server.updateUrl().orElseThrow(),
                "application/sparql-update", "INSERT { <https://example.org/x> <https://example.org/n> ?a } WHERE "
                        + "{ SELECT (COUNT(*) AS ?a) { GRAPH ?g1 { ?a1 ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h } } }");

        assertThat(response.statusCode()).isBetween(400, 599);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        assertThat(rows(query(server.endpointUrl(), "ASK { <https://example.org/x> ?p ?o }")).toString())
                .doesNotContain("true");
    }

    @Test
    void shortQueriesStillAnswer() {
        assertThat(rows(query(server.endpointUrl(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")))
                .containsExactly(Map.of("n", String.valueOf(TRIPLES)));
    }
}
