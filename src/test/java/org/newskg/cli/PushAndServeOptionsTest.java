package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.Tdb2KnowledgeStore;

/** The one-line errors of {@code serve --allow-update}, {@code serve --base} and {@code push}; no server is started. */
class PushAndServeOptionsTest {
    @TempDir
    Path temp;

    @Test
    void allowUpdateWithoutCredentialsIsOneClearError() {
        Cli cli = Cli.run("serve", "--allow-update", "--db", temp.resolve("db"));

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: --allow-update needs credentials: give --user "
                + "USER with --password-file FILE, or --password-file FILE with 'user:password' lines.");
    }

    @Test
    void credentialsWithoutAllowUpdateAreRefused() throws IOException {
        Path password = Files.writeString(temp.resolve("password"), "Quill-7\n");

        Cli cli = Cli.run("serve", "--user", "editor", "--password-file", password, "--db", temp.resolve("db"));

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: --user and --password-file are only for "
                + "--allow-update. Add --allow-update to accept updates, or leave them out.");
    }

    @Test
    void aPasswordFileWithoutAUserLineIsRefusedWithoutShowingItsContent() throws IOException {
        Path password = Files.writeString(temp.resolve("password"), "Quill-7\n");

        Cli cli = Cli.run("serve", "--allow-update", "--password-file", password, "--db", temp.resolve("db"));

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + password + ": expected a line "
                + "'user:password' but found none. Write one, or give --user USER and only the password in the file.");
        assertThat(cli.err()).doesNotContain("Quill-7");
    }

    @Test
    void aBaseThatIsNoHttpIriIsRefusedBeforeServing() {
        Cli cli = Cli.run("serve", "--base", "data.example.org", "--db", temp.resolve("db"));

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: --base: expected an absolute http(s) IRI such as "
                + "'https://data.example.org/' but was 'data.example.org'",
                "Try 'newskg serve --help' for more information.");
    }

    @Test
    void pushWithoutADatabaseIsOneClearError() {
        Cli cli = Cli.run("push", "--endpoint", "http://localhost:3030/ds", "--db", temp.resolve("none"));

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + temp.resolve("none")
                + ": no newskg database here. Run 'newskg ingest' first or pass --db.");
    }

    @Test
    void pushToAnUnreachableEndpointIsOneClearError() {
        Path db = storeWithOneGraph();
        String endpoint = "http://localhost:" + closedPort() + "/ds";

        Cli cli = Cli.run("push", "--endpoint", endpoint, "--db", db);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: cannot reach " + endpoint
                + ": connection refused. Check the URL and that the server is running.");
    }

    @Test
    void pushToSomethingThatIsNotAUrlIsAUsageError() {
        Cli cli = Cli.run("push", "--endpoint", "localhost:3030", "--db", temp.resolve("db"));

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: --endpoint: expected an http(s) URL such as "
                + "http://localhost:3030/ds but was 'localhost:3030'.",
                "Try 'newskg push --help' for more information.");
    }

    @Test
    void pushWithAUserButNoPasswordFileIsRefused() {
        Cli cli = Cli.run("push", "--endpoint", "http://localhost:3030/ds", "--user", "editor", "--db",
                temp.resolve("db"));

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly(
                "newskg: error: --user needs --password-file FILE with the password on its first line.");
    }

    private Path storeWithOneGraph() {
        Path db = temp.resolve("db");
        String graph = "https://news.example.org/id/article/one";
        Node g = NodeFactory.createURI(graph);
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(db)) {
            store.replaceGraph(graph, sink -> sink.quad(Quad.create(g, g,
                    NodeFactory.createURI("https://news.example.org/ns#p"), NodeFactory.createLiteralString("x"))));
        }
        return db;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
