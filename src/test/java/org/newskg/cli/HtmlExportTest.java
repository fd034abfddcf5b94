package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.export.ExportFixtures;
import org.newskg.sys.FakeNlpLoader;
import org.newskg.viewer.ViewerPage;

/** {@code newskg export --format html}: the interactive viewer as one self-contained file. */
class HtmlExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Test
    void writesOneSelfContainedPageWithTheGraphAndTheLibraries() throws IOException {
        Path out = temp.resolve("graph.html");

        Cli cli = Cli.run(nlp.models(), "export", "--db", db, "--format", "html", "-o", out);

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.outLines()).containsExactly("Exported " + ExportFixtures.NODES + " nodes and "
                + ExportFixtures.EDGES + " edges as html to " + out + ".");
        Document page = Jsoup.parse(out.toFile());
        assertThat(page.title()).isEqualTo("newskg graph");
        assertThat(nodeIds(graph(page))).hasSize(ExportFixtures.NODES).contains(ExportFixtures.OVIDIO);
        assertThat(page.select("script[data-library]").eachAttr("data-library"))
                .containsExactlyElementsOf(ViewerPage.libraries());
        assertThat(page.select("script[data-library]").first().data()).contains("cytoscape");
        assertThat(page.select("[src], [href], link")).as("nothing is loaded from elsewhere").isEmpty();
        assertThat(options(page).get("pageLinks").asBoolean()).isFalse();
    }

    @Test
    void aHostileNameIsEscapedInTheEmbeddedJson() throws IOException {
        Path out = temp.resolve("graph.html");

        Cli.run(nlp.models(), "export", "--db", db, "-f", "html", "-o", out);

        String html = Files.readString(out);
        assertThat(html).doesNotContain("<Ltd>");
        assertThat(graph(Jsoup.parse(html)).path("elements").path("nodes").findValuesAsText("label"))
                .contains(ExportFixtures.HOSTILE_NAME);
    }

    @Test
    void withBaseTheIrisArePublicAndNodesLinkToTheirPages() throws IOException {
        Path out = temp.resolve("focus.html");

        Cli cli = Cli.run(nlp.models(), "export", "--db", db, "-f", "html", "-o", out, "--focus", "Ovidio Guzmán",
                "--depth", "1",
                "--base", "https://data.example.org/kg/");

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        Document page = Jsoup.parse(out.toFile());
        assertThat(page.title()).isEqualTo("newskg: Ovidio Guzmán");
        assertThat(nodeIds(graph(page))).contains("https://data.example.org/kg/id/person/ovidio-guzman")
                .allSatisfy(id -> assertThat(id).startsWith("https://data.example.org/kg/"));
        assertThat(graph(page).path("elements").path("edges").findValuesAsText("source"))
                .allSatisfy(id -> assertThat(id).startsWith("https://data.example.org/kg/"));
        assertThat(options(page).get("pageLinks").asBoolean()).isTrue();
    }

    @Test
    void aBadBaseIsOneLineAndExitCode2() {
        Path out = temp.resolve("g.html");

        Cli cli = Cli.run(nlp.models(), "export", "--db", db, "-f", "html", "-o", out, "--base", "ftp://example.org/");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines()).first().asString().isEqualTo("newskg: error: --base: expected an absolute "
                + "http(s) IRI such as 'https://data.example.org/' but was 'ftp://example.org/'");
        assertThat(out).doesNotExist();
    }

    private static JsonNode graph(Document page) throws IOException {
        return JSON.readTree(page.getElementById("newskg-graph").data());
    }

    private static JsonNode options(Document page) throws IOException {
        return JSON.readTree(page.getElementById("newskg-options").data());
    }

    private static List<String> nodeIds(JsonNode graph) {
        List<String> ids = new ArrayList<>();
        graph.path("elements").path("nodes").forEach(n -> ids.add(n.path("data").path("id").asText()));
        return ids;
    }
}
