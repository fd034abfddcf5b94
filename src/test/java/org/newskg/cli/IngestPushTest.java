package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.cli.CliFixtures.NAMES;
import static org.newskg.cli.CliFixtures.NEWS;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.Credentials;
import org.newskg.serve.SparqlServer;
import org.newskg.serve.UpdateAccess;
import org.newskg.store.Tdb2KnowledgeStore;
import org.newskg.sys.FakeNlpLoader;

/**
 * {@code ingest --endpoint}: the articles of the run are pushed after they are stored, here into newskg's own server
 * with updates allowed (loopback, free port, TDB2 on disk).
 */
class IngestPushTest {
    private static final String SEED = "https://news.example.org/id/article/seed";

    @RegisterExtension
    final FakeNlpLoader nlp = FakeNlpLoader.with(NAMES);

    @TempDir
    Path temp;

    @Test
    void theIngestedArticlesArriveAtTheEndpoint() throws IOException {
        Path target = seededDatabase(temp.resolve("target"));
        Path password = Files.writeString(temp.resolve("password"), "Lantern-4\n");
        try (SparqlServer server = SparqlServer.create().database(target).port(0)
                .allowUpdate(UpdateAccess.user(new Credentials("loader", "Lantern-4"))).build().start()) {
            String endpoint = server.datasetUrl() + "/data";

            Cli cli = Cli.run(nlp.models(), "ingest", "--db", temp.resolve("db"), "--endpoint", endpoint, "--user",
                    "loader",
                    "--password-file", password, NEWS);

            assertThat(cli.exitCode()).as(cli.toString()).isZero();
            assertThat(cli.outLines()).hasSize(2);
            assertThat(cli.outLines().get(1)).matches("Pushed 3 articles, \\d+ triples to \\Q" + endpoint
                    + "\\E, \\d+\\.\\d s");
        }
        try (Tdb2KnowledgeStore local = Tdb2KnowledgeStore.openExisting(temp.resolve("db"));
             Tdb2KnowledgeStore remote = Tdb2KnowledgeStore.openExisting(target)) {
            assertThat(remote.graphCount()).isEqualTo(4);
            assertThat(remote.quadCount()).isEqualTo(local.quadCount() + 1);
        }
    }

    @Test
    void anUnreachableEndpointLeavesTheArticlesStoredAndSaysHowToSendThemLater() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String endpoint = "http://localhost:" + port + "/ds";
        Path db = temp.resolve("db");

        Cli cli = Cli.run(nlp.models(), "ingest", "--db", db, "--endpoint", endpoint, NEWS);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: cannot reach " + endpoint + ": connection "
                + "refused. Check the URL and that the server is running. The articles are stored in " + db
                + "; send them later with 'newskg push'.");
        try (Tdb2KnowledgeStore local = Tdb2KnowledgeStore.openExisting(db)) {
            assertThat(local.graphCount()).isEqualTo(3);
        }
    }

    @Test
    void credentialsWithoutAnEndpointAreRefusedBeforeAnythingLoads() {
        Cli cli = Cli.run(nlp.models(), "ingest", "--db", temp.resolve("db"), "--user", "loader", NEWS);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: --user and --password-file are only for "
                + "--endpoint. Add --endpoint URL to push the articles, or leave them out.");
        assertThat(nlp.loads()).isZero();
        assertThat(temp.resolve("db")).doesNotExist();
    }

    private static Path seededDatabase(Path dir) {
        Node g = NodeFactory.createURI(SEED);
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(dir)) {
            store.replaceGraph(SEED, sink -> sink.quad(Quad.create(g, g,
                    NodeFactory.createURI("https://news.example.org/ns#p"), NodeFactory.createLiteralString("x"))));
        }
        return dir;
    }
}
