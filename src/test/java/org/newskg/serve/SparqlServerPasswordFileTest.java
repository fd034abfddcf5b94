package org.newskg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newskg.serve.ServeTestLib.query;
import static org.newskg.serve.ServeTestLib.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Updates allowed for every user of a Jetty password file, as {@code fuseki-server --passwd} reads it. */
@Timeout(60)
class SparqlServerPasswordFileTest {
    private static final String INSERT = "INSERT DATA { GRAPH <https://w3id.org/newskg/article/a1> { "
            + "<https://example.org/s> <https://example.org/p> 'by-%s' } }";

    @TempDir
    static Path dir;
    private static Dataset dataset;
    private static SparqlServer server;

    @BeforeAll
    static void startServer() throws IOException {
        dataset = ServeTestLib.createDatabase(dir.resolve("db"), "two-articles.trig");
        Path passwd = Files.writeString(dir.resolve("passwd"), "# editors\nfirst: One-Pass\nsecond: Two-Pass\n");
        server = SparqlServer.create().database(dir.resolve("db")).port(0)
                .allowUpdate(UpdateAccess.passwordFile(passwd)).build().start();
    }

    @AfterAll
    static void stopServer() {
        ServeTestLib.stop(server, dataset);
    }

    @Test
    void everyUserOfTheFileMayUpdateAndNobodyElse() {
        String url = server.updateUrl().orElseThrow();

        assertThat(ServeTestLib.sendAs(new Credentials("first", "One-Pass"), "POST", url, "application/sparql-update",
                INSERT.formatted("first")).statusCode()).isBetween(200, 299);
        assertThat(ServeTestLib.sendAs(new Credentials("second", "Two-Pass"), "POST", url,
                "application/sparql-update", INSERT.formatted("second")).statusCode()).isBetween(200, 299);
        assertThat(ServeTestLib.sendAs(new Credentials("third", "One-Pass"), "POST", url,
                "application/sparql-update", INSERT.formatted("third")).statusCode()).isEqualTo(401);
        assertThat(ServeTestLib.post(url, "application/sparql-update", INSERT.formatted("anonymous")).statusCode())
                .isEqualTo(401);

        assertThat(rows(query(server.endpointUrl(),
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(?o, 'by-')) }")))
                .containsExactly(Map.of("n", "2"));
    }

    @Test
    void anUnreadablePasswordFileIsOneClearError() {
        Path missing = dir.resolve("no-such-passwd");

        assertThatThrownBy(() -> UpdateAccess.passwordFile(missing))
                .isInstanceOf(ServeException.class)
                .hasMessage(missing + ": cannot read the password file. Give a readable file with lines "
                        + "'user: password'.");
    }

    @Test
    void credentialsNeverShowThePassword() {
        assertThat(new Credentials("first", "One-Pass")).hasToString("Credentials[user=first, password=***]");
        assertThat(UpdateAccess.user(new Credentials("first", "One-Pass")).toString()).doesNotContain("One-Pass");
    }
}
