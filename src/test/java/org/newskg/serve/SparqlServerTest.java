package org.newskg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newskg.serve.ServeTestLib.encode;
import static org.newskg.serve.ServeTestLib.query;
import static org.newskg.serve.ServeTestLib.rows;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One read-only server on a free loopback port over a two-article TDB2 database. */
class SparqlServerTest {
    private static final String A1 = "https://w3id.org/newskg/article/a1";
    private static final String A2 = "https://w3id.org/newskg/article/a2";
    private static final String PREFIX = "PREFIX nkg: <https://w3id.org/newskg/ns#>\n";
    private static final String INSERT = "INSERT DATA { GRAPH <" + A1 + "> { <urn:x:s> <urn:x:p> 'injected' } }";
    private static final String FORM = "application/x-www-form-urlencoded";

    @TempDir
    static Path dir;
    private static Dataset dataset;
    private static SparqlServer server;

    @BeforeAll
    static void startServer() {
        dataset = ServeTestLib.createDatabase(dir.resolve("db"), "two-articles.trig");
        server = SparqlServer.create().database(dir.resolve("db")).port(0).loopbackOnly(true).build().start();
    }

    @AfterAll
    static void stopServer() {
        ServeTestLib.stop(server, dataset);
    }

    @Test
    void reportsTheActualPortAndEndpoint() {
        assertThat(server.port()).isPositive();
        assertThat(server.endpointUrl()).isEqualTo("http://localhost:" + server.port() + "/newskg/sparql");
        assertThat(server.datasetUrl()).isEqualTo("http://localhost:" + server.port() + "/newskg");
    }

    @Test
    void selectWithoutGraphSeesEveryArticleGraph() {
        HttpResponse<String> response = query(server.endpointUrl(),
                PREFIX + "SELECT ?article ?title { ?article a nkg:Article ; nkg:title ?title } ORDER BY ?article");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(ServeTestLib.SPARQL_JSON));
        assertThat(rows(response)).containsExactly(
                Map.of("article", A1, "title", "Harbour reopens after storm"),
                Map.of("article", A2, "title", "Council approves new bridge"));
    }

    @Test
    void joinsAcrossArticleGraphsInTheDefaultGraph() {
        HttpResponse<String> response = query(server.endpointUrl(),
                PREFIX + "SELECT ?name ?article { ?e nkg:name ?name ; nkg:mentionedIn ?article } ORDER BY ?name");

        assertThat(rows(response)).containsExactly(
                Map.of("name", "Ada Quinn", "article", A1),
                Map.of("name", "Riverton Council", "article", A2));
    }

    @Test
    void namedGraphsStayAddressable() {
        HttpResponse<String> response = query(server.endpointUrl(),
                "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g");

        assertThat(rows(response)).containsExactly(Map.of("g", A1, "n", "5"), Map.of("g", A2, "n", "5"));
    }

    @ParameterizedTest
    @CsvSource({"/query", "/sparql", "''"})
    void everyQueryEndpointAnswersGetAndPost(String endpoint) {
        String url = server.datasetUrl() + endpoint;
        String ask = "ASK { <" + A2 + "> a ?type }";

        assertThat(rows(query(url, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"))).containsExactly(Map.of("n", "10"));
        HttpResponse<String> posted = ServeTestLib.post(url, "application/sparql-query", ask);
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("true");
    }

    @ParameterizedTest
    @CsvSource({"/get", "/data"})
    void graphStoreReadReturnsAnArticleGraph(String endpoint) {
        HttpResponse<String> response = ServeTestLib.get(
                server.datasetUrl() + endpoint + "?graph=" + encode(A1), "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(graph);
        assertThat(graph.size()).isEqualTo(5);
    }

    @Test
    void graphStoreReadOfTheUnionGraphSeesEveryArticle() {
        HttpResponse<String> response = ServeTestLib.get(
                server.datasetUrl() + "/get?graph=" + encode("urn:x-arq:UnionGraph"), "application/n-triples");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().lines()).hasSize(10);
    }

    @ParameterizedTest
    @CsvSource({
        "/update, " + FORM + ", update=",
        "/sparql, application/sparql-update, ''",
        "/sparql, " + FORM + ", update=",
        "/query, application/sparql-update, ''",
        "'', application/sparql-update, ''",
        "'', " + FORM + ", update=",
    })
    void sparqlUpdateIsRefusedAndChangesNothing(String endpoint, String contentType, String formField) {
        String body = formField.isEmpty() ? INSERT : formField + encode(INSERT);

        HttpResponse<String> response = ServeTestLib.post(server.datasetUrl() + endpoint, contentType, body);

        assertThat(response.statusCode()).isBetween(400, 499);
        assertDataUnchanged();
    }

    @ParameterizedTest
    @CsvSource({"PUT, /data", "POST, /data", "DELETE, /data", "PUT, /get", "POST, /get", "DELETE, /get",
                "PUT, ''", "POST, ''", "DELETE, ''"})
    void graphStoreWriteIsRefusedAndChangesNothing(String method, String endpoint) {
        String url = server.datasetUrl() + endpoint + "?graph=" + encode(A1);

        HttpResponse<String> response = ServeTestLib.send(method, url, "text/turtle",
                "<urn:x:s> <urn:x:p> 'injected' .");

        assertThat(response.statusCode()).isBetween(400, 499);
        assertDataUnchanged();
    }

    @Test
    void uploadEndpointDoesNotExist() {
        HttpResponse<String> response = ServeTestLib.post(server.datasetUrl() + "/upload", "text/turtle",
                "<urn:x:s> <urn:x:p> 'injected' .");

        assertThat(response.statusCode()).isBetween(400, 499);
        assertDataUnchanged();
    }

    @Test
    void portInUseIsOneClearError() {
        int port = server.port();
        SparqlServer second = SparqlServer.create().database(dir.resolve("db")).port(port).build();

        assertThatThrownBy(second::start)
                .isInstanceOf(ServeException.class)
                .hasMessage("port " + port
                        + " is already in use. Stop the other server or choose another port with --port.");
        second.close();
        assertThat(query(server.endpointUrl(), "ASK {}").statusCode()).isEqualTo(200);
    }

    private static void assertDataUnchanged() {
        List<Map<String, String>> counts = rows(query(server.endpointUrl(),
                "SELECT (COUNT(*) AS ?n) (SUM(IF(?o = 'injected', 1, 0)) AS ?injected) { ?s ?p ?o }"));
        assertThat(counts).containsExactly(Map.of("n", "10", "injected", "0"));
    }
}
