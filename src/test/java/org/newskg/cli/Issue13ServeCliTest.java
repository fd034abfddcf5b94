package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.sys.FakeNlpLoader;
import picocli.CommandLine;

/** Issue 13, item 10 (the CLI part) and the {@code --public} warning of item 6. */
class Issue13ServeCliTest {
    @TempDir
    static Path shared;
    static Path db;

    @RegisterExtension
    final FakeNlpLoader nlp = FakeNlpLoader.forbidden();

    @BeforeAll
    static void store() {
        db = shared.resolve("db");
        CliFixtures.storeDatasetTrig(db);
    }

    @ParameterizedTest
    @ValueSource(strings = {"70000", "-1", "http"})
    void aPortOutOfRangeIsAUsageError(String port) {
        Cli cli = Cli.run(nlp.models(), "serve", "--db", db, "--port", port);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(2);
        assertThat(cli.errLines().get(0)).startsWith("newskg: error: Invalid value for option '--port'")
                .contains("expected a port from 0 to 65535 but was '" + port + "'");
        assertThat(cli.errLines()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ASK{}", "ask {}", "SELECT * {}", "# counts\nSELECT (COUNT(*) AS ?n) { ?s ?p ?o }"})
    void queryTextWithoutSpacesOrWithCommentsIsRunAsSparql(String text) {
        Cli cli = Cli.run(nlp.models(), "query", "--db", db, text);

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void anAskWithoutSpacesIsAnswered() {
        Cli cli = Cli.run(nlp.models(), "query", "--db", db, "ASK{?s?p?o}");

        assertThat(cli.out()).containsIgnoringCase("yes");
    }

    @Test
    void anExistingFileWinsOverText(@TempDir Path temp) throws Exception {
        Path file = java.nio.file.Files.writeString(temp.resolve("ASK{}"), "SELECT ('from the file' AS ?where) {}");

        Cli cli = Cli.run(nlp.models(), "query", "--db", db, "--format", "csv", file);

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains("from the file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing.rq", "Missing.SPARQL"})
    void aMissingQueryFileIsAClearError(String name) {
        Cli cli = Cli.run(nlp.models(), "query", "--db", db, name);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + name
                + ": no such query file. Give a .rq file or the query text.");
    }

    @Test
    void aWordThatIsNeitherAFileNorSparqlIsAClearError() {
        Cli cli = Cli.run(nlp.models(), "query", "--db", db, "leadership");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines()).containsExactly("newskg: error: 'leadership' is neither a query file nor SPARQL. "
                + "Give an existing .rq file or the query text, e.g. 'SELECT * WHERE { ?s ?p ?o } LIMIT 10'.");
    }

    @Test
    void servingPubliclyWarnsThatCredentialsCrossPlainHttp() {
        ServerOptions options = new ServerOptions();
        new CommandLine(new Object() {
            @picocli.CommandLine.Mixin
            ServerOptions server = options;
        }).parseArgs("--public");
        StringWriter err = new StringWriter();

        options.printWarnings(new PrintWriter(err));

        assertThat(err.toString()).startsWith("newskg: warning: --public:").contains("plain HTTP", "TLS reverse proxy")
                .hasLineCount(1);
    }

    @Test
    void servingOnLocalhostWarnsOfNothing() {
        StringWriter err = new StringWriter();

        new ServerOptions().printWarnings(new PrintWriter(err));

        assertThat(err.toString()).isEmpty();
    }
}
