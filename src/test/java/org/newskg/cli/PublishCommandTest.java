package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.sys.FakeNlpLoader;

/** {@code newskg publish} over a store of the hand-written articles of {@code rdf/dataset.trig}, and its errors. */
class PublishCommandTest {
    private static final String STORED = "http://localhost:3030/newskg/";

    @TempDir
    static Path shared;
    static Path db;

    @RegisterExtension
    final FakeNlpLoader nlp = FakeNlpLoader.forbidden();

    @TempDir
    Path temp;

    @BeforeAll
    static void storeTheTwoArticles() {
        db = shared.resolve("db");
        CliFixtures.storeDatasetTrig(db);
    }

    @Test
    void publishesTheSiteUnderThePublicBase() throws IOException {
        Path out = temp.resolve("site");

        Cli cli = Cli.run(nlp.models(), "publish", "--db", db, "--out", out, "--base", "https://data.example.org/kg");

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.outLines()).singleElement().asString().startsWith("Published ")
                .endsWith(" into " + out + " under https://data.example.org/kg/.");
        assertThat(out.resolve("id/person/donald-trump.html")).isRegularFile();
        assertThat(Files.readString(out.resolve("id/person/donald-trump.ttl")))
                .contains("https://data.example.org/kg/id/person/donald-trump").doesNotContain(STORED);
    }

    @Test
    void aBadBaseIsAUsageError() {
        Cli cli = Cli.run(nlp.models(), "publish", "--db", db, "--out", temp.resolve("site"), "--base",
                "data.example.org");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: --base: expected an absolute http(s) IRI such as "
                + "'https://data.example.org/' but was 'data.example.org'",
                "Try 'newskg publish --help' for more information.");
        assertThat(temp.resolve("site")).doesNotExist();
    }

    @Test
    void aMissingDatabaseIsOneLine() {
        Path missing = temp.resolve("no-db");

        Cli cli = Cli.run(nlp.models(), "publish", "--db", missing, "--out", temp.resolve("site"), "--base",
                "https://x.org/");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + missing + ": no newskg database here. Run "
                + "'newskg ingest' first or pass --db.");
    }

    @Test
    void anOutputThatIsAFileIsOneLine() throws IOException {
        Path file = Files.writeString(temp.resolve("site.txt"), "not a folder");

        Cli cli = Cli.run(nlp.models(), "publish", "--db", db, "--out", file, "--base", "https://x.org/");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + file + ": --out is a file, expected a "
                + "directory. Choose a directory.");
    }

    @Test
    void anIngestUnderAnotherBaseIsRefusedBeforeTheModelsLoad() throws IOException {
        Path article = Files.writeString(temp.resolve("a.txt"), "A title\n\nSome text about Nora Vale.\n");

        Cli cli = Cli.run(nlp.models(), "ingest", "--db", db, "--base", "https://other.example/", article);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + db + ": the database was built with base "
                + "IRI '" + STORED + "' but --base is 'https://other.example/'. Ingest with --base " + STORED
                + " (publish --base presents the IRIs under another base), or use another --db.");
    }
}
