package org.newskg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.serve.ServeTestLib.encode;
import static org.newskg.serve.ServeTestLib.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} shows the viewer at /graph, fed live from the database, for the whole graph or around a focus, with
 * the IRIs under the server's public base so that each node links to its resource page.
 */
class GraphViewServletTest {
    private static String ID;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Dataset dataset;
    private static SparqlServer server;

    @BeforeAll
    static void startServer() {
        dataset = TDB2Factory.connectDataset(dir.resolve("db").toString());
        Txn.executeWrite(dataset, () -> RDFParser.source(Path.of("src/test/resources/rdf/dataset.trig"))
                .parse(dataset.asDatasetGraph()));
        server = SparqlServer.create().database(dir.resolve("db")).port(0).build().start();
        ID = "http://localhost:" + server.port() + "/newskg/id/";
    }

    @AfterAll
    static void stopServer() {
        ServeTestLib.stop(server, dataset);
    }

    @Test
    void theViewerPageEmbedsTheSubgraphAroundTheFocus() {
        HttpResponse<String> response = get(server.viewerUrl() + "?focus=" + encode("Ovidio Guzmán") + "&depth=1",
                "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        Document page = Jsoup.parse(response.body());
        assertThat(page.title()).isEqualTo("newskg: Ovidio Guzmán (depth 1)");
        JsonNode graph = embeddedGraph(page);
        assertThat(nodeIds(graph)).contains(ID + "person/ovidio-guzman", ID + "person/joaquin-guzman")
                .doesNotContain(ID + "person/donald-trump", ID + "place/mexico");
        assertThat(page.select("script:not([type])").html()).contains("cytoscape", "newskgViewer");
    }

    @Test
    void aFocusMayBeAPublicIriAndEveryNodeIsAResourcePageOfThisServer() {
        HttpResponse<String> response = get(server.viewerUrl() + ".json?focus=" + encode(ID + "person/ovidio-guzman")
                + "&depth=1", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> ids = nodeIds(readJson(response.body()));
        assertThat(ids).contains(ID + "person/ovidio-guzman", ID + "person/joaquin-guzman");
        for (String id : ids) {
            assertThat(get(id, "text/html").statusCode()).as(id).isEqualTo(200);
        }
    }

    @Test
    void withoutAFocusTheWholeGraphIsShown() {
        JsonNode graph = embeddedGraph(Jsoup.parse(get(server.viewerUrl(), "text/html").body()));

        assertThat(nodeIds(graph)).contains(ID + "person/ovidio-guzman", ID + "person/donald-trump",
                ID + "place/mexico", ID + "organization/sinaloa-cartel");
    }

    @Test
    void theJsonIsServedToo() throws Exception {
        HttpResponse<String> response = get(server.viewerUrl() + ".json?focus=" + encode("Ovidio Guzmán")
                + "&depth=0", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        assertThat(nodeIds(JSON.readTree(response.body()))).containsExactly(ID + "person/ovidio-guzman");
    }

    @Test
    void aFocusIsBoundAsALiteralNeverRunAsQueryText() {
        String injection = "x\" } UNION { ?node ?p ?o } #";
        HttpResponse<String> response = get(server.viewerUrl() + "?focus=" + encode(injection), "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
        assertThat(response.body()).startsWith("--focus '" + injection + "': no entity has this name");
    }

    @Test
    void aBadDepthIsABadRequestThatSaysWhatToDo() {
        HttpResponse<String> response = get(server.viewerUrl() + "?focus=Mexico&depth=99", "text/html");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("depth: expected a whole number from 0 to 5 but was '99'. Use for "
                + "example /graph?focus=NAME&depth=2.\n");
    }

    static JsonNode embeddedGraph(Document page) {
        try {
            return JSON.readTree(page.getElementById("newskg-graph").data());
        } catch (java.io.IOException e) {
            throw new AssertionError("the page's graph is not JSON", e);
        }
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    static List<String> nodeIds(JsonNode graph) {
        List<String> ids = new ArrayList<>();
        graph.path("elements").path("nodes").forEach(n -> ids.add(n.path("data").path("id").asText()));
        return ids;
    }
}
