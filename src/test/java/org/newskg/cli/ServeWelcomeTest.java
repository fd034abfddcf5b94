package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.SparqlServer;

/** What {@code serve} and {@code demo} print once the server listens: the endpoint, a resource page and VoID. */
class ServeWelcomeTest {
    @TempDir
    Path temp;

    @Test
    void theWelcomeNamesTheEndpointAnExampleResourceAndTheVoid() {
        String[] lines = welcome(Optional.empty());
        String local = "http://localhost:" + lines[0];

        assertThat(lines[1]).isEqualTo("SPARQL endpoint (read-only): " + local + "/newskg/sparql");
        assertThat(lines[2]).isEqualTo("Resource pages: " + local + "/newskg/id/...");
        assertThat(lines[3]).isEqualTo("  for example " + local + "/newskg/id/person/donald-trump");
        assertThat(lines[4]).isEqualTo("VoID: " + local + "/.well-known/void");
        assertThat(lines[5]).isEqualTo("Graph viewer: " + local + "/graph (?focus=NAME&depth=2 for one entity's "
                + "neighbourhood)");
    }

    @Test
    void underAPublicBaseItAlsoSaysWhereThisServerAnswers() {
        String[] lines = welcome(Optional.of("https://data.example.org/kg/"));
        String local = "http://localhost:" + lines[0];

        assertThat(lines[2]).isEqualTo("Resource pages: https://data.example.org/kg/id/... (served here at " + local
                + "/kg/id/...)");
        assertThat(lines[3]).isEqualTo("  for example https://data.example.org/kg/id/person/donald-trump (here: "
                + local + "/kg/id/person/donald-trump)");
        assertThat(lines[4]).isEqualTo("VoID: https://data.example.org/.well-known/void (here: " + local
                + "/.well-known/void)");
    }

    /** The port, then the lines printed. */
    private String[] welcome(Optional<String> base) {
        Path db = temp.resolve("db");
        CliFixtures.storeDatasetTrig(db);
        ServerOptions options = new ServerOptions();
        options.port = 0;
        options.timeoutSeconds = 30;
        StringWriter out = new StringWriter();
        try (SparqlServer server = options.build(db, Optional.empty(), base).start()) {
            options.printWelcome(new PrintWriter(out), server);
            return (server.port() + "\n" + out).split("\n");
        }
    }
}
