package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.export.ExportFixtures;
import org.newskg.sys.FakeNlpLoader;

/** {@code newskg export} over the export fixture database: each format, the selection options and the errors. */
class ExportCommandTest {
    @TempDir
    static Path shared;
    static Path db;

    @RegisterExtension
    final FakeNlpLoader nlp = FakeNlpLoader.forbidden();

    @TempDir
    Path temp;

    @BeforeAll
    static void storeTheFixture() {
        db = ExportFixtures.storeDatabase(shared.resolve("db"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"graphml", "gexf", "dot", "cytoscape"})
    void writesEachFormat(String format) throws IOException {
        Path out = temp.resolve("graph." + format);

        Cli cli = Cli.run(nlp.models(), "export", "--db", db, "--format", format, "-o", out);

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.outLines()).containsExactly("Exported " + ExportFixtures.NODES + " nodes and "
                + ExportFixtures.EDGES + " edges as " + format + " to " + out + ".");
        assertThat(Files.readString(out)).contains("Culiacán");
        try (var left = Files.list(temp)) {
            assertThat(left).as("no temporary file is left").containsExactly(out);
        }
    }

    @Test
    void aFocusWithDepthTypesAndFiltersNarrowsTheExport() throws IOException {
        Path out = temp.resolve("g.json");

        Cli cli = Cli.run(nlp.models(), "export", "--db", db, "-f", "cytoscape", "-o", out, "--focus", "EL CHAPO",
                "--depth", "1",
                "--type", "person", "--type", "organization", "--exclude-alleged", "--min-confidence", "0.8");

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        JsonNode elements = new ObjectMapper().readTree(out.toFile()).get("elements");
        assertThat(elements.get("nodes").findValuesAsText("label")).containsExactlyInAnyOrder("Joaquín Guzmán",
                "Sinaloa Cartel", "Ovidio Guzmán");
        assertThat(elements.get("edges").findValuesAsText("relation")).containsExactlyInAnyOrder("leads",
                "childOf");
    }

    @Test
    void aConstructQueryFileSelectsTheGraph() throws IOException {
        Path query = Files.writeString(temp.resolve("article2.rq"), "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <"
                + ExportFixtures.ARTICLE_2 + "> { ?s ?p ?o } }");

        Cli cli = Cli.run(nlp.models(), "export", "--db", db, "-f", "dot", "-o", temp.resolve("a2.gv"), "--query",
                query);

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.outLines()).singleElement().asString().startsWith("Exported 8 nodes and 5 edges as dot");
    }

    @Test
    void anUnknownFocusIsOneLineWithTheClosestNames() {
        Cli cli = Cli.run(nlp.models(), "export", "--db", db, "-f", "gexf", "-o", temp.resolve("g.gexf"), "--focus",
                "Laura Carlson");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: --focus 'Laura Carlson': no entity has this name, "
                + "alias or IRI. Closest names: 'Laura Carlsen', 'Mark Carlsen', 'Carlsen'.");
        assertThat(temp.resolve("g.gexf")).doesNotExist();
    }

    @Test
    void anInjectionAttemptAsFocusIsOnlyAName() {
        String attack = "x\" ) } ; DROP ALL ; INSERT DATA { <a> <b> <c> } #";
        long quads = CliFixtures.quadCount(db);

        Cli cli = Cli.run(nlp.models(), "export", "--db", db, "-f", "gexf", "-o", temp.resolve("g.gexf"), "--focus",
                attack);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).singleElement().asString().startsWith("newskg: error: --focus '" + attack
                + "': no entity has this name, alias or IRI.");
        assertThat(CliFixtures.quadCount(db)).isEqualTo(quads);
    }

    @Test
    void anEmptySelectionIsOneLine() throws IOException {
        Path query = Files.writeString(temp.resolve("none.rq"), "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o . "
                + "FILTER (false) }");

        Cli cli = Cli.run(nlp.models(), "export", "--db", db, "-f", "graphml", "-o", temp.resolve("g.graphml"),
                "--query", query);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: nothing to export: --query " + query
                + " selects no entity. Loosen the selection or check the database with 'newskg query "
                + "queries/entities.rq'.");
    }

    @Test
    void anOutputInAMissingFolderIsOneLine() {
        Path out = temp.resolve("no").resolve("such").resolve("graph.gexf");

        Cli cli = Cli.run(nlp.models(), "export", "--db", db, "-f", "gexf", "-o", out);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + out + ": cannot write the export here: the "
                + "folder '" + out.getParent().toAbsolutePath() + "' does not exist. Choose a writable file with -o.");
    }

    @Test
    void anOutputThatIsAFolderIsOneLine() {
        Cli cli = Cli.run(nlp.models(), "export", "--db", db, "-f", "gexf", "-o", temp);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + temp + ": cannot write the export here: it is "
                + "a folder. Choose a writable file with -o.");
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        Cli cli = Cli.run(nlp.models(), "export", "--db", db, "-f", "svg", "-o", temp.resolve("g.svg"));

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines().get(0)).startsWith("newskg: error: --format: unknown export format 'svg'. Use one "
                + "of: graphml, gexf, dot, cytoscape");
        assertThat(cli.errLines().get(1)).isEqualTo("Try 'newskg export --help' for more information.");
    }

    @Test
    void aQueryThatIsNotAConstructIsOneLine() throws IOException {
        Path query = Files.writeString(temp.resolve("select.rq"), "SELECT * WHERE { ?s ?p ?o }");

        Cli cli = Cli.run(nlp.models(), "export", "--db", db, "-f", "gexf", "-o", temp.resolve("g.gexf"), "--query",
                query);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + query + ": --query expects a SPARQL CONSTRUCT "
                + "query but this is a SELECT. Write it as CONSTRUCT { ... } WHERE { ... }.");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        Path out = temp.resolve("g.gexf");

        assertThat(Cli.run(nlp.models(), "export", "--db", db, "-f", "gexf", "-o", out, "--type",
                "person,animal").errLines())
                .first().isEqualTo("newskg: error: --type: unknown type 'animal'. Use person, organization, place "
                        + "or event.");
        assertThat(Cli.run(nlp.models(), "export", "--db", db, "-f", "gexf", "-o", out, "--depth",
                "1").errLines()).first()
                .isEqualTo("newskg: error: --depth needs --focus: give the entity to count the depth from.");
        assertThat(Cli.run(nlp.models(), "export", "--db", db, "-f", "gexf", "-o", out, "--min-confidence",
                "1.5").exitCode())
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingDatabaseIsOneLine() {
        Path missing = temp.resolve("no-db");

        Cli cli = Cli.run(nlp.models(), "export", "--db", missing, "-f", "gexf", "-o", temp.resolve("g.gexf"));

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + missing + ": no newskg database here. Run "
                + "'newskg ingest' first or pass --db.");
    }
}
