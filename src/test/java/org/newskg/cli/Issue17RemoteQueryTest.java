package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.SparqlServer;
import org.newskg.store.ServerRecord;
import org.newskg.store.Tdb2KnowledgeStore;

/**
 * Issue 17: while a running server holds the database, {@code newskg query} runs on that server's SPARQL endpoint,
 * so only the answer crosses the wire, not the store. The server runs in this JVM over a real TDB2 store and is
 * reached through a loopback proxy that counts the bytes it sends; its record names another live process (as a
 * server's would), so the command takes it for a server of another process.
 */
@Timeout(120)
class Issue17RemoteQueryTest {
    private static final int ARTICLES = 5;
    private static final int TRIPLES_PER_ARTICLE = 4000;
    private static final String NAME = "https://example.org/name";
    private static final String ARTICLE_OF = "SELECT ?g WHERE { GRAPH ?g { ?s <" + NAME + "> ?who } }";

    @TempDir
    Path tmp;

    private Path db;
    private SparqlServer server;
    private CountingProxy proxy;
    private Process holder;
    private String endpoint;

    @BeforeEach
    void serve() throws IOException {
        db = tmp.resolve("db");
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(db)) {
            for (int article = 0; article < ARTICLES; article++) {
                storeArticle(store, article);
            }
        }
        server = SparqlServer.create().database(db).port(0).build().start();
        proxy = new CountingProxy(URI.create(server.endpointUrl()).getPort());
        endpoint = "http://127.0.0.1:" + proxy.port() + "/newskg/sparql";
        holder = new ProcessBuilder("sleep", "120").start();
        new ServerRecord(holder.pid(), endpoint, Instant.now()).write(db);
    }

    /** An invented article: one person named "Person N" and many other triples. */
    private static void storeArticle(Tdb2KnowledgeStore store, int article) {
        String graph = "https://example.org/article/" + article;
        var g = NodeFactory.createURI(graph);
        store.replaceGraph(graph, sink -> {
            sink.quad(Quad.create(g, NodeFactory.createURI(graph + "#person"), NodeFactory.createURI(NAME),
                    NodeFactory.createLiteralString("Person " + article)));
            for (int i = 1; i < TRIPLES_PER_ARTICLE; i++) {
                sink.quad(Quad.create(g, NodeFactory.createURI(graph + "#s" + i),
                        NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("o" + i)));
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
        proxy.close();
        holder.destroyForcibly();
    }

    @Test
    void aQueryWithAParameterRunsOnTheServerAndOnlyTheAnswerCrossesTheWire() {
        Cli found = Cli.run("query", "--db", db, "--format", "csv", "--param", "who=Person 3", ARTICLE_OF);
        Cli injected = Cli.run("query", "--db", db, "--format", "csv", "--param", "who=x\" } || { ?s ?p \"",
                ARTICLE_OF);

        long storeAsNQuads = (long) ARTICLES * TRIPLES_PER_ARTICLE * 90;
        assertThat(proxy.bytesToClients()).as("bytes the server sent for two short answers")
                .isLessThan(storeAsNQuads / 100);
        assertThat(found.exitCode()).as(found.toString()).isZero();
        assertThat(found.out()).isEqualTo("g\r\nhttps://example.org/article/3\r\n");
        assertThat(found.errLines()).containsExactly("newskg: note: " + db + " is served by 'newskg serve' "
                + "(process " + holder.pid() + ") at " + endpoint + "; running the query there.");
        assertThat(injected.exitCode()).as(injected.toString()).isZero();
        assertThat(injected.out()).isEqualTo("g\r\n");
    }

    @Test
    void everyOutputFormatIsTheSameAsOverTheStoreItself() throws IOException {
        String people = "SELECT ?who ?g WHERE { GRAPH ?g { ?s <" + NAME + "> ?who } } ORDER BY ?who";
        for (String format : new String[] {"table", "csv", "tsv", "json"}) {
            Cli remote = Cli.run("query", "--db", db, "--format", format, people);
            Path record = db.resolve(ServerRecord.FILE);
            String recorded = Files.readString(record);
            Files.delete(record);
            Cli local = Cli.run("query", "--db", db, "--format", format, people);
            Files.writeString(record, recorded);

            assertThat(remote.exitCode()).as(remote.toString()).isZero();
            assertThat(remote.err()).contains("running the query there");
            assertThat(local.err()).as(local.toString()).isEmpty();
            assertThat(remote.out()).as(format).isEqualTo(local.out()).contains("Person 4");
        }
    }

    @Test
    void theTimeoutStopsTheQueryOnTheServer() {
        long start = System.nanoTime();

        Cli cli = Cli.run("query", "--db", db, "--timeout", "1",
                "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }");

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(cli.errLines()).last().isEqualTo("newskg: error: query: the query ran longer than 1 s and was "
                + "stopped. Narrow it or raise --timeout.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void whenTheServerStopsAnsweringTheMessageNamesItAndWhatToDo() {
        server.close();
        proxy.close();

        Cli cli = Cli.run("query", "--db", db, "ASK { ?s ?p ?o }");

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.errLines()).hasSize(2);
        assertThat(cli.errLines().get(1)).isEqualTo("newskg: error: the database is in use by 'newskg serve' "
                + "(process " + holder.pid() + ") at " + endpoint + ", which did not answer (no connection could be "
                + "made). Check that the server runs and answers, or stop it and run the command again.");
    }

    @Test
    void aServerThatTakesConnectionsButNeverAnswersIsGivenUpOnAfterTheTimeoutAndAGrace() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String silentEndpoint = "http://127.0.0.1:" + silent.getLocalPort() + "/newskg/sparql";
            new ServerRecord(holder.pid(), silentEndpoint, Instant.now()).write(db);
            long start = System.nanoTime();

            Cli cli = Cli.run("query", "--db", db, "--timeout", "1", "ASK { ?s ?p ?o }");

            assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(cli.errLines()).last().isEqualTo("newskg: error: the database is in use by 'newskg serve' "
                    + "(process " + holder.pid() + ") at " + silentEndpoint + ", which did not answer (no answer in "
                    + "time). Check that the server runs and answers, or stop it and run the command again.");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void anAnswerTheServerCutsShortAtTheTimeoutSaysSo() {
        Cli cli = Cli.run("query", "--db", db, "--timeout", "1", "--format", "csv",
                "SELECT ?a ?b ?c { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }");

        assertThat(cli.exitCode()).as("exit code").isEqualTo(ExitCodes.INTERNAL);
        // On a loaded machine the server may reach the timeout before it sends the first row; then it answers 503.
        assertThat(cli.errLines()).last().isIn("newskg: error: query: the answer from " + endpoint + " broke off, "
                + "as it does when a query runs longer than --timeout (1 s) or the server's own limit. Narrow the "
                + "query or raise --timeout.", "newskg: error: query: the query ran longer than 1 s and was "
                + "stopped. Narrow it or raise --timeout.");
    }

    /** Forwards loopback connections to the server's port and counts the bytes the server sends back. */
    private static final class CountingProxy implements AutoCloseable {
        private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final int target;
        private final AtomicLong toClients = new AtomicLong();
        private final ExecutorService threads = Executors.newCachedThreadPool();

        CountingProxy(int target) throws IOException {
            this.target = target;
            threads.execute(this::acceptAll);
        }

        int port() {
            return listener.getLocalPort();
        }

        long bytesToClients() {
            return toClients.get();
        }

        private void acceptAll() {
            while (!listener.isClosed()) {
                try {
                    Socket client = listener.accept();
                    Socket upstream = new Socket("localhost", target);
                    threads.execute(() -> copy(client, upstream, new AtomicLong()));
                    threads.execute(() -> copy(upstream, client, toClients));
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private static void copy(Socket from, Socket to, AtomicLong count) {
            byte[] buffer = new byte[8192];
            try (from; to; InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                    count.addAndGet(read);
                }
            } catch (IOException closed) {
                // one side closed the connection; closing both ends it
            }
        }

        @Override
        public void close() {
            try {
                listener.close();
            } catch (IOException e) {
                // already closed
            }
            threads.shutdownNow();
        }
    }
}
