package org.newskg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.serve.ServeTestLib.query;
import static org.newskg.serve.ServeTestLib.rows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13 (items 4 to 6): what a client can make the server do, tried against real servers on loopback. The
 * default server (updates allowed for an editor) must open no connection for {@code SERVICE} or {@code LOAD}, read no
 * file for {@code LOAD}, refuse TRACE, answer a malformed {@code Authorization} header as the client's error, and
 * send its security headers. A second server built with {@code allowService(true)} shows that the listener does see
 * the server's requests when they are allowed.
 */
@Timeout(60)
class ServerSecurityTest {
    private static final Credentials EDITOR = new Credentials("editor", "s3cret-Pa55");
    private static final String SECRET = "only-on-the-server-7f3a";
    private static final String SPARQL_UPDATE = "application/sparql-update";

    @TempDir
    static Path dir;
    private static Dataset dataset;
    private static SparqlServer server;
    private static SparqlServer federating;
    private static Listener listener;

    @BeforeAll
    static void start() throws IOException {
        dataset = ServeTestLib.createDatabase(dir.resolve("db"), Path.of("src/test/resources/rdf/dataset.trig"));
        server = SparqlServer.create().database(dir.resolve("db")).port(0)
                .allowUpdate(UpdateAccess.user(EDITOR)).build().start();
        federating = SparqlServer.create().database(dir.resolve("db")).port(0).allowService(true).build().start();
        listener = new Listener();
    }

    @AfterAll
    static void stop() throws IOException {
        if (listener != null) {
            listener.close();
        }
        if (federating != null) {
            federating.close();
        }
        ServeTestLib.stop(server, dataset);
    }

    @Test
    void serviceFetchesNothingAndAnOpenPortLooksLikeAClosedOne() throws IOException {
        int before = listener.accepted();

        HttpResponse<String> open = query(server.endpointUrl(), service(listener.port()));
        HttpResponse<String> closed = query(server.endpointUrl(), service(closedPort()));

        assertThat(open.statusCode()).isBetween(400, 499);
        assertThat(listener.acceptedAfterAWhile()).isEqualTo(before);
        assertThat(closed.statusCode()).isEqualTo(open.statusCode());
        assertThat(closed.body()).isEqualTo(open.body());
    }

    @Test
    void serviceInAnUpdateFetchesNothing() {
        int before = listener.accepted();

        HttpResponse<String> response = update("INSERT { <urn:x:s> <urn:x:p> ?o } WHERE { "
                + service(listener.port()).replaceFirst("^SELECT \\* ", "") + " }");

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(listener.acceptedAfterAWhile()).isEqualTo(before);
        assertThat(count("<urn:x:s> ?p ?o")).isZero();
    }

    @Test
    void serviceIsFetchedOnlyWhenAllowed() {
        int before = listener.accepted();

        query(federating.endpointUrl(), service(listener.port()));

        assertThat(listener.acceptedAfterAWhile()).isGreaterThan(before);
    }

    @Test
    void loadNeverReadsAFileAndAnswersTheSameForMissingFiles() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.ttl"), "<urn:x:secret> <urn:x:says> '" + SECRET + "' .\n");
        long quads = count("?s ?p ?o");

        HttpResponse<String> existing = update("LOAD <" + secret.toUri() + ">");
        HttpResponse<String> intoGraph = update("LOAD <" + secret.toUri() + "> INTO GRAPH <urn:x:g>");
        HttpResponse<String> missing = update("LOAD <" + dir.resolve("missing.ttl").toUri() + ">");
        HttpResponse<String> system = update("LOAD <file:///etc/passwd>");

        for (HttpResponse<String> response : List.of(existing, intoGraph, missing, system)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).isEqualTo(existing.body()).doesNotContain(SECRET, "root:");
        }
        assertThat(count("?s ?p ?o")).isEqualTo(quads);
        assertThat(count("?s ?p '" + SECRET + "'")).isZero();
    }

    @Test
    void loadFromAUrlFetchesNothingUnlessAllowed() {
        int before = listener.accepted();

        HttpResponse<String> response = update("LOAD <http://127.0.0.1:" + listener.port() + "/data.ttl>");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(listener.acceptedAfterAWhile()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/newskg/index.html", "/graph", "/newskg/sparql", "/newskg/update", "/"})
    void traceIsRefusedEverywhereAndEchoesNothing(String path) {
        HttpResponse<String> response = ServeTestLib.send(HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + server.port() + path))
                .header("X-Echo-Me", SECRET).method("TRACE", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isIn(405, path.endsWith("/update") ? 401 : 405);
        assertThat(response.body()).doesNotContain(SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic !!!not-base64!!!", "Basic", "Basic ====", "Basic bm8tY29sb24="})
    void malformedBasicAuthenticationIsTheClientsError(String header) {
        HttpResponse<String> update = ServeTestLib.send(HttpRequest.newBuilder(
                        java.net.URI.create(server.updateUrl().orElseThrow()))
                .header("Content-Type", SPARQL_UPDATE).header("Authorization", header)
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:a> <urn:x:b> 'malformed' }")));
        HttpResponse<String> read = ServeTestLib.send(HttpRequest.newBuilder(
                java.net.URI.create(server.endpointUrl() + "?query=ASK%7B%7D")).header("Authorization", header).GET());

        assertThat(update.statusCode()).isIn(400, 401);
        assertThat(update.body()).doesNotContain("Exception", "at org.");
        assertThat(read.statusCode()).isIn(200, 400, 401);
        assertThat(count("?s ?p 'malformed'")).isZero();
    }

    @Test
    void pagesCarryAContentSecurityPolicyAndNosniff() {
        String resource = server.localUrl(server.exampleResource().orElseThrow());
        for (String url : new String[] {resource, server.baseUrl() + "index.html", server.viewerUrl()}) {
            HttpResponse<String> page = ServeTestLib.get(url, "text/html");

            assertThat(page.statusCode()).as(url).isEqualTo(200);
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(url).hasValue("nosniff");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(url)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'", "frame-ancestors"));
        }
        HttpResponse<String> results = query(server.endpointUrl(), "ASK {}");
        assertThat(results.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void resourcePagesMayRunNoScript() {
        HttpResponse<String> page = ServeTestLib.get(server.localUrl(server.exampleResource().orElseThrow()),
                "text/html");

        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("script-src");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/newskg/sparql?query=%zz", "/newskg/get?graph=%zz", "/graph?focus=%zz",
        "/newskg/sparql?query=SELECT%20*%20%7B%20%3Fs%20%3Fp%20%7D"})
    void badRequestsAreTheClientsErrorAndNameNoExceptionClass(String pathAndQuery) throws IOException {
        String response = rawGet(pathAndQuery);

        assertThat(response).startsWith("HTTP/1.1 400 ");
        assertThat(response).doesNotContainPattern("[A-Za-z]+(Exception|Error)\\b");
    }

    /** The whole response to a GET sent as bytes, for request lines {@link HttpRequest} refuses to build. */
    private static String rawGet(String pathAndQuery) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout((int) ServeTestLib.REQUEST_TIMEOUT.toMillis());
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String service(int port) {
        return "SELECT * { SERVICE <http://127.0.0.1:" + port + "/sparql> { ?s ?p ?o } }";
    }

    private static HttpResponse<String> update(String sparql) {
        return ServeTestLib.sendAs(EDITOR, "POST", server.updateUrl().orElseThrow(), SPARQL_UPDATE, sparql);
    }

    private static long count(String pattern) {
        return Long.parseLong(rows(query(server.endpointUrl(), "SELECT (COUNT(*) AS ?n) { " + pattern + " }"))
                .get(0).get("n"));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A TCP listener on loopback that counts the connections it accepts and answers none. */
    private static final class Listener implements AutoCloseable {
        private final ServerSocket socket;
        private final AtomicInteger accepted = new AtomicInteger();

        Listener() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::acceptAll, "security-test-listener");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int accepted() {
            return accepted.get();
        }

        /** The count once a connection the server might still be opening has had time to arrive. */
        int acceptedAfterAWhile() {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return accepted.get();
        }

        private void acceptAll() {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    accepted.incrementAndGet();
                    connection.getOutputStream().write("HTTP/1.1 500 No\r\nContent-Length: 0\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closed) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
