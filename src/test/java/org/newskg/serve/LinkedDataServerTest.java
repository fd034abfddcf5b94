package org.newskg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.linkeddata.IriRewriter;
import org.newskg.linkeddata.ResourceDescriber;
import org.newskg.publish.SitePublisher;
import org.newskg.store.KnowledgeStore;

/**
 * Linked data served by the SPARQL server over a TDB2 database built from the publish tests' fixture (two articles
 * minted under {@code http://localhost:3030/newskg/}, and one with hostile labels): one server with the default base
 * (its own address, on a free port, so IRIs are rewritten to that port) and one with {@code --base}.
 */
class LinkedDataServerTest {
    private static final String STORED = "http://localhost:3030/newskg/";
    private static final String PUBLIC = "https://data.example.org/kg/";
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String TRUMP = "id/person/donald-trump";

    @TempDir
    static Path dir;
    private static Dataset dataset;
    private static SparqlServer local;
    private static SparqlServer proxied;

    @BeforeAll
    static void startServers() {
        Path fixtures = Path.of("src", "test", "resources", "rdf");
        dataset = ServeTestLib.createDatabase(dir.resolve("db"), fixtures.resolve("dataset.trig"),
                fixtures.resolve("hostile.trig"));
        local = SparqlServer.create().database(dir.resolve("db")).port(0).build().start();
        proxied = SparqlServer.create().database(dir.resolve("db")).port(0).base(PUBLIC).build().start();
    }

    @AfterAll
    static void stopServers() {
        if (proxied != null) {
            proxied.close();
        }
        ServeTestLib.stop(local, dataset);
    }

    @Test
    void theDefaultBaseIsTheServersOwnAddress() {
        assertThat(local.baseUrl()).isEqualTo("http://localhost:" + local.port() + "/newskg/");
        assertThat(local.voidUrl()).isEqualTo("http://localhost:" + local.port() + "/.well-known/void");
        assertThat(local.exampleResource()).contains(local.baseUrl() + "id/person/donald-trump");
        assertThat(proxied.baseUrl()).isEqualTo(PUBLIC);
        assertThat(proxied.localUrl(PUBLIC + TRUMP)).isEqualTo("http://localhost:" + proxied.port() + "/kg/" + TRUMP);
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, ttl", "application/ld+json, jsonld", "application/rdf+xml, rdf",
                "application/n-triples, nt"})
    void eachRdfMediaTypeGivesTheDescriptionUnderTheServedBase(String mediaType, String ext) {
        for (SparqlServer server : new SparqlServer[] {local, proxied}) {
            HttpResponse<String> response = ServeTestLib.get(server.localUrl(server.baseUrl() + TRUMP), mediaType);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith(mediaType));
            assertThat(response.headers().firstValue("Vary")).contains("Accept");
            assertThat(response.headers().firstValue("Content-Location")).contains("donald-trump." + ext);
            Graph served = parse(response.body(), RDFLanguages.contentTypeToLang(mediaType));
            assertThat(served.isIsomorphicWith(expectedDescription(server.baseUrl(), TRUMP))).isTrue();
            assertThat(served.contains(NodeFactory.createURI(server.baseUrl() + TRUMP), RDF.type.asNode(),
                    NodeFactory.createURI("https://w3id.org/newskg/ns#Person"))).isTrue();
            assertThat(response.body()).doesNotContain(STORED);
        }
    }

    @Test
    void htmlIsTheDefaultAndIsThePagePublishWrites(@TempDir Path site) throws IOException {
        SitePublisher.create().store(store()).out(site).rewriter(IriRewriter.of(STORED, PUBLIC))
                .endpoint("https://data.example.org/newskg/sparql").build().publish();

        for (String accept : new String[] {"text/html", "text/html,application/xhtml+xml,*/*;q=0.8", ""}) {
            HttpResponse<byte[]> response = accept.isEmpty()
                    ? ServeTestLib.getBytes(proxied.localUrl(PUBLIC + TRUMP))
                    : ServeTestLib.getBytes(proxied.localUrl(PUBLIC + TRUMP), "Accept", accept);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("text/html").containsIgnoringCase("charset=utf-8"));
            assertThat(response.headers().firstValue("Vary")).contains("Accept");
            assertThat(new String(response.body(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(site.resolve(TRUMP + ".html")));
        }
        Document page = Jsoup.parse(ServeTestLib.get(proxied.localUrl(PUBLIC + TRUMP), "text/html").body());
        assertThat(page.select("h1").text()).isEqualTo("Donald Trump");
        assertThat(page.select("blockquote").eachText()).anyMatch(q -> q.contains("we are ready"));
    }

    @Test
    void theLinksOfAServedPageAreServed() {
        String url = local.localUrl(local.baseUrl() + TRUMP);
        Document page = Jsoup.parse(ServeTestLib.get(url, "text/html").body(), url);

        var hrefs = page.select("a[href]").eachAttr("abs:href").stream()
                .filter(h -> h.startsWith("http://localhost:" + local.port() + "/")).distinct().toList();
        assertThat(hrefs).hasSizeGreaterThan(5).anyMatch(h -> h.endsWith(".ttl")).anyMatch(h -> h.endsWith(
                "/newskg/index.html"));
        for (String href : hrefs) {
            assertThat(ServeTestLib.get(href, "*/*").statusCode()).as(href).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @CsvSource({"donald-trump.ttl, '', text/turtle", "donald-trump.nt, '', application/n-triples",
                "donald-trump, ?format=jsonld, application/ld+json", "donald-trump.html, '', text/html"})
    void anExtensionOrFormatParameterOverridesAccept(String file, String query, String mediaType) {
        String url = proxied.localUrl(PUBLIC + "id/person/" + file) + query;

        HttpResponse<String> response = ServeTestLib.get(url, "application/rdf+xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith(mediaType));
        if (!mediaType.equals("text/html")) {
            assertThat(parse(response.body(), RDFLanguages.contentTypeToLang(mediaType))
                    .isIsomorphicWith(expectedDescription(PUBLIC, TRUMP))).isTrue();
        }
    }

    @Test
    void anUnknownIriIsNotFoundAndAnUnservableAcceptIsNotAcceptable() {
        HttpResponse<String> unknown = ServeTestLib.get(proxied.localUrl(PUBLIC + "id/person/nobody"), "text/html");
        HttpResponse<String> outside = ServeTestLib.get(proxied.localUrl(PUBLIC + "nothing/here"), "text/html");
        HttpResponse<String> image = ServeTestLib.get(proxied.localUrl(PUBLIC + TRUMP), "image/png");
        HttpResponse<String> badFormat = ServeTestLib.get(proxied.localUrl(PUBLIC + TRUMP) + "?format=pdf", "*/*");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/plain").containsIgnoringCase("charset=utf-8"));
        assertThat(unknown.body()).contains("/kg/id/person/nobody").hasLineCount(1);
        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(image.statusCode()).isEqualTo(406);
        assertThat(image.headers().firstValue("Vary")).contains("Accept");
        assertThat(image.body()).contains("text/html", "text/turtle", "application/ld+json");
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(badFormat.body()).contains("format: expected one of html, ttl, jsonld, rdf, nt but was 'pdf'");
    }

    @Test
    void aHostileLabelIsEscapedInTheServedPage() {
        HttpResponse<String> response = ServeTestLib.get(local.localUrl(local.baseUrl() + "id/person/mallory"),
                "text/html");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert", "<img");
        assertThat(page.select("h1").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(page.select("script").eachAttr("type")).containsOnly("application/ld+json");
        assertThat(page.select("img")).isEmpty();
        HttpResponse<String> people = ServeTestLib.get(local.localUrl(local.baseUrl() + "people.html"), "*/*");
        assertThat(Jsoup.parse(people.body()).select("a").eachText()).contains("<script>alert(1)</script>",
                "Donald Trump");
        assertThat(Jsoup.parse(people.body()).select("script")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    void theOntologyIsServedInEachRdfFormat(String mediaType) {
        Graph ontology = RDFParser.source(Path.of("ontology", "newskg.ttl")).toGraph();

        HttpResponse<String> response = ServeTestLib.get(proxied.localUrl(PUBLIC + "ontology"), mediaType);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Vary")).contains("Accept");
        assertThat(parse(response.body(), RDFLanguages.contentTypeToLang(mediaType)).isIsomorphicWith(ontology))
                .isTrue();
        assertThat(ServeTestLib.get(proxied.localUrl(PUBLIC + "ontology/newskg.ttl"), "*/*").body())
                .isEqualTo(readString(Path.of("ontology", "newskg.ttl")));
        HttpResponse<String> atRoot = ServeTestLib.get("http://localhost:" + local.port() + "/ontology", mediaType);
        assertThat(parse(atRoot.body(), RDFLanguages.contentTypeToLang(mediaType)).isIsomorphicWith(ontology))
                .isTrue();
    }

    @Test
    void theVoidDescriptionCountsWhatTheStoreHolds() {
        for (String url : new String[] {"http://localhost:" + proxied.port() + "/.well-known/void",
                proxied.localUrl(PUBLIC + "void.ttl")}) {
            HttpResponse<String> response = ServeTestLib.get(url, "text/turtle");
            Graph v = parse(response.body(), Lang.TURTLE);
            Node dataset = NodeFactory.createURI(PUBLIC + "void#dataset");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(number(v, dataset, "triples")).isEqualTo(read(ds -> ds.asDatasetGraph().stream().count()));
            assertThat(number(v, NodeFactory.createURI(PUBLIC + "void#entities"), "entities"))
                    .isEqualTo(countTyped("Entity")).isEqualTo(11);
            assertThat(number(v, NodeFactory.createURI(PUBLIC + "void#articles"), "entities"))
                    .isEqualTo(countTyped("Article")).isEqualTo(3);
            assertThat(v.contains(dataset, iri(VOID + "sparqlEndpoint"), iri("https://data.example.org/newskg/sparql")))
                    .isTrue();
            assertThat(v.contains(dataset, iri(VOID + "dataDump"), iri(PUBLIC + "dump.nq.gz"))).isTrue();
            assertThat(v.contains(dataset, iri(VOID + "dataDump"), iri(PUBLIC + "dump.ttl"))).isTrue();
        }
        HttpResponse<String> json = ServeTestLib.get(local.voidUrl(), "application/ld+json");
        assertThat(parse(json.body(), Lang.JSONLD).contains(Node.ANY, iri(VOID + "sparqlEndpoint"),
                iri(local.endpointUrl()))).isTrue();
    }

    @Test
    void theDumpsReadBackAsTheStoreUnderTheServedBase() throws IOException {
        IriRewriter rewriter = IriRewriter.of(STORED, PUBLIC);
        DatasetGraph expected = DatasetGraphFactory.create();
        read(ds -> {
            ds.asDatasetGraph().find().forEachRemaining(q -> expected.add(rewriter.rewrite(q)));
            return null;
        });

        HttpResponse<byte[]> quads = ServeTestLib.getBytes(proxied.localUrl(PUBLIC + "dump.nq.gz"));
        DatasetGraph served = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(quads.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(served);
        }
        HttpResponse<String> turtle = ServeTestLib.get(proxied.localUrl(PUBLIC + "dump.ttl"), "*/*");
        HttpResponse<String> turtleAtRoot = ServeTestLib.get("http://localhost:" + proxied.port() + "/dump.ttl", "*/*");

        assertThat(quads.statusCode()).isEqualTo(200);
        assertThat(quads.headers().firstValue("Content-Type")).contains("application/gzip");
        assertThat(served.isEmpty()).isFalse();
        assertThat(IsoMatcher.isomorphic(served, expected)).isTrue();
        assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/turtle"));
        assertThat(parse(turtle.body(), Lang.TURTLE).isIsomorphicWith(expected.getUnionGraph())).isTrue();
        assertThat(turtleAtRoot.body()).isEqualTo(turtle.body());
    }

    @Test
    void headOnADumpGivesItsTypeAndNoBody() {
        HttpResponse<String> quads = ServeTestLib.send(HttpRequest.newBuilder(URI.create(
                proxied.localUrl(PUBLIC + "dump.nq.gz"))).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> turtle = ServeTestLib.send(HttpRequest.newBuilder(URI.create(
                proxied.localUrl(PUBLIC + "dump.ttl"))).method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(quads.statusCode()).isEqualTo(200);
        assertThat(quads.headers().firstValue("Content-Type")).contains("application/gzip");
        assertThat(quads.body()).isEmpty();
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/turtle"));
    }

    @Test
    void sparqlStaysAtItsPathAndUpdatesAreStillRefused() {
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 'injected' } }";
        for (SparqlServer server : new SparqlServer[] {local, proxied}) {
            assertThat(ServeTestLib.rows(ServeTestLib.query(server.endpointUrl(),
                    "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"))).containsExactly(
                    java.util.Map.of("n", "3"));
            assertThat(ServeTestLib.post(server.datasetUrl() + "/update", "application/sparql-update", insert)
                    .statusCode()).isBetween(400, 499);
            assertThat(ServeTestLib.send("PUT", server.localUrl(server.baseUrl() + TRUMP), "text/turtle",
                    "<urn:x:s> <urn:x:p> 'injected' .").statusCode()).isEqualTo(405);
        }
        boolean injected = read(ds -> ds.asDatasetGraph().contains(Node.ANY, Node.ANY, Node.ANY,
                NodeFactory.createLiteralString("injected")));
        assertThat(injected).isFalse();
    }

    @Test
    void aBaseAtTheHostsRootLeavesTheEndpointsToFuseki() {
        try (SparqlServer root = SparqlServer.create().database(dir.resolve("db")).port(0)
                .base("https://data.example.org").build().start()) {
            HttpResponse<String> resource = ServeTestLib.get(root.localUrl("https://data.example.org/" + TRUMP),
                    "text/turtle");

            assertThat(resource.statusCode()).isEqualTo(200);
            assertThat(parse(resource.body(), Lang.TURTLE).isIsomorphicWith(expectedDescription(
                    "https://data.example.org/", TRUMP))).isTrue();
            assertThat(ServeTestLib.query(root.endpointUrl(), "ASK { ?s ?p ?o }").body()).contains("true");
            assertThat(ServeTestLib.get(root.datasetUrl() + "/get?graph=" + ServeTestLib.encode(STORED
                    + "id/article/aaaa000000000001"), "text/turtle").statusCode()).isEqualTo(200);
            assertThat(ServeTestLib.get(root.localUrl("https://data.example.org/newskg/id/person/donald-trump"),
                    "text/turtle").statusCode()).isEqualTo(404);
        }
    }

    private static Graph expectedDescription(String base, String path) {
        IriRewriter rewriter = IriRewriter.of(STORED, base);
        return read(ds -> rewriter.rewrite(ResourceDescriber.describe(ds.asDatasetGraph().getUnionGraph(),
                NodeFactory.createURI(STORED + path))));
    }

    private static <T> T read(Function<Dataset, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset));
    }

    private static long countTyped(String nkgClass) {
        return read(ds -> ds.asDatasetGraph().getUnionGraph().find(Node.ANY, RDF.type.asNode(),
                iri("https://w3id.org/newskg/ns#" + nkgClass)).mapWith(t -> t.getSubject()).toSet().size());
    }

    private static Graph parse(String body, Lang lang) {
        return RDFParser.fromString(body, lang).toGraph();
    }

    private static long number(Graph graph, Node subject, String voidProperty) {
        return Long.parseLong(graph.find(subject, iri(VOID + voidProperty), Node.ANY).next().getObject()
                .getLiteralLexicalForm());
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The test database as a store, for publishing the same site to compare with. */
    private static KnowledgeStore store() {
        return new KnowledgeStore() {
            @Override
            public long replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
                throw new UnsupportedOperationException("read-only");
            }

            @Override
            public <T> T read(Function<Dataset, T> reader) {
                return LinkedDataServerTest.read(reader);
            }

            @Override
            public long quadCount() {
                return read(ds -> ds.asDatasetGraph().stream().count());
            }

            @Override
            public long graphCount() {
                return read(ds -> org.apache.jena.atlas.iterator.Iter.count(ds.asDatasetGraph().listGraphNodes()));
            }

            @Override
            public void close() {
            }
        };
    }
}
