package org.newskg.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.linkeddata.IriRewriter;
import org.newskg.linkeddata.ResourceDescriber;

/** The site written from the hand-written articles of {@code rdf/dataset.trig} plus a hostile one, read back. */
class SitePublisherTest {
    private static final String STORED = "http://localhost:3030/newskg/";
    private static final String PUBLIC = "https://data.example.org/kg/";
    private static final IriRewriter REWRITER = IriRewriter.of(STORED, PUBLIC);

    @TempDir
    static Path site;
    static MemoryStore store;
    static PublishSummary summary;

    @BeforeAll
    static void publish() {
        store = MemoryStore.of(MemoryStore.FIXTURE, Path.of("src", "test", "resources", "rdf", "hostile.trig"));
        summary = SitePublisher.create().store(store).out(site).rewriter(REWRITER)
                .endpoint("https://data.example.org/sparql").build().publish();
    }

    @Test
    void everyResourceUnderTheBaseHasItsFilesAndEachKindAnIndex() {
        List<String> resources = store.read(ds -> List.copyOf(ResourceDescriber.resources(
                ds.asDatasetGraph().getUnionGraph(), STORED)));

        assertThat(summary.resources()).isEqualTo(resources.size());
        assertThat(summary.articles()).isEqualTo(3);
        for (String iri : resources) {
            String path = iri.substring(STORED.length());
            for (String ext : List.of(".html", ".ttl", ".jsonld", ".rdf")) {
                assertThat(site.resolve(path + ext)).isRegularFile();
            }
        }
        assertThat(site.resolve("id/person/donald-trump.html")).isRegularFile();
        for (String name : List.of("index.html", "people.html", "organizations.html", "places.html", "events.html",
                "articles.html", "void.ttl", "dump.nq.gz", "dump.ttl", "ontology/newskg.ttl",
                "ontology/context.jsonld", ".htaccess", "nginx.conf")) {
            assertThat(site.resolve(name)).isRegularFile();
        }
    }

    @ParameterizedTest
    @CsvSource({"ttl, TURTLE", "jsonld, JSONLD", "rdf, RDFXML"})
    void everyDescriptionReadsBackIsomorphicWithJenaAndRio(String ext, String rioFormat) throws IOException {
        List<String> resources = store.read(ds -> List.copyOf(ResourceDescriber.resources(
                ds.asDatasetGraph().getUnionGraph(), STORED)));
        for (String iri : resources) {
            Graph expected = store.read(ds -> REWRITER.rewrite(ResourceDescriber.describe(
                    ds.asDatasetGraph().getUnionGraph(), NodeFactory.createURI(iri))));
            Path file = site.resolve(iri.substring(STORED.length()) + "." + ext);

            Graph jena = RDFParser.source(file).toGraph();
            assertThat(jena.isIsomorphicWith(expected)).as("%s read by Jena", file).isTrue();
            try (InputStream in = Files.newInputStream(file)) {
                Model rio = Rio.parse(in, PUBLIC, (RDFFormat) RDFFormat.class.getField(rioFormat).get(null));
                assertThat(Models.isomorphic(rio, model(expected))).as("%s read by Rio", file).isTrue();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void theQuadDumpReadsBackAsTheStoreUnderThePublicBase() throws IOException {
        DatasetGraph expected = DatasetGraphFactory.create();
        store.copy().find().forEachRemaining(q -> expected.add(REWRITER.rewrite(q)));

        DatasetGraph jena = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(site.resolve("dump.nq.gz")))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(jena);
        }
        assertThat(IsoMatcher.isomorphic(jena, expected)).isTrue();
        Model rio;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(site.resolve("dump.nq.gz")))) {
            rio = Rio.parse(in, PUBLIC, RDFFormat.NQUADS);
        }
        Model expectedRio = new LinkedHashModel();
        expected.find().forEachRemaining(q -> expectedRio.add(quad(q)));
        assertThat(Models.isomorphic(rio, expectedRio)).isTrue();

        Graph turtle = RDFParser.source(site.resolve("dump.ttl")).toGraph();
        assertThat(turtle.isIsomorphicWith(REWRITER.rewrite(expected.getUnionGraph()))).isTrue();
    }

    @Test
    void noIriUnderTheStoredBaseIsLeftInAnyFile() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = file.toString().endsWith(".gz") ? gunzip(file) : Files.readString(file);
                if (text.contains(STORED) || text.contains("localhost:3030")) {
                    offenders.add(site.relativize(file).toString());
                }
            }
        }
        assertThat(offenders).isEmpty();
        assertThat(Files.readString(site.resolve("id/person/donald-trump.ttl"))).contains(PUBLIC);
    }

    @Test
    void theSiteHasNoBrokenInternalLinks() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                for (Element link : doc.select("a[href], link[href]")) {
                    String href = link.attr("href");
                    if (href.startsWith(PUBLIC)) {
                        broken.add(site.relativize(page) + ": absolute link to a page of the site: " + href);
                    } else if (!href.matches("^[a-z][a-z0-9+.-]*:.*")) {
                        checked++;
                        Path target = page.getParent().resolve(href.replaceAll("#.*", "")).normalize();
                        if (!Files.isRegularFile(target) || !target.startsWith(site)) {
                            broken.add(site.relativize(page) + " -> " + href);
                        }
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void aHostileLabelIsTextAndOpensNoScript() throws IOException {
        String html = Files.readString(site.resolve("id/person/mallory.html"));
        Document doc = Jsoup.parse(html);

        assertThat(html).doesNotContain("<script>alert", "<img");
        assertThat(doc.select("script")).hasSize(1).allSatisfy(s -> assertThat(s.attr("type"))
                .isEqualTo("application/ld+json"));
        assertThat(doc.select("script").first().data()).doesNotContain("</");
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("h1").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(doc.title()).isEqualTo("<script>alert(1)</script>");
        Document article = Jsoup.parse(site.resolve("id/article/cccc000000000003.html").toFile(), "UTF-8");
        assertThat(article.select("script")).hasSize(1);
        assertThat(article.select("a[href]").eachAttr("href")).noneMatch(href -> href.startsWith("javascript:"));
        Document people = Jsoup.parse(site.resolve("people.html").toFile(), "UTF-8");
        assertThat(people.select("script")).isEmpty();
        assertThat(people.select("a").eachText()).contains("<script>alert(1)</script>");
    }

    @Test
    void aSchemaOrgTypedPageEmbedsItsJsonLd() throws IOException {
        Document doc = Jsoup.parse(site.resolve("id/person/donald-trump.html").toFile(), "UTF-8");
        String json = doc.select("script[type=application/ld+json]").first().data();

        Graph embedded = RDFParser.fromString(json, Lang.JSONLD).toGraph();

        Node trump = NodeFactory.createURI(PUBLIC + "id/person/donald-trump");
        assertThat(embedded.contains(trump, org.apache.jena.vocabulary.RDF.type.asNode(),
                NodeFactory.createURI("https://schema.org/Person"))).isTrue();
        assertThat(embedded.contains(trump, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY)).isTrue();
    }

    @Test
    void theVoidDescriptionCountsAndLinks() {
        Graph v = RDFParser.source(site.resolve("void.ttl")).toGraph();
        String text = v.find().toList().toString();

        assertThat(text).contains("void#triples", "void#sparqlEndpoint", PUBLIC + "dump.nq.gz", PUBLIC + "dump.ttl",
                "https://data.example.org/sparql");
        assertThat(v.find(Node.ANY, NodeFactory.createURI("http://rdfs.org/ns/void#triples"), Node.ANY).next()
                .getObject().getLiteralLexicalForm()).isEqualTo(Long.toString(store.quadCount()));
    }

    private static Model model(Graph graph) {
        Model model = new LinkedHashModel();
        graph.find().forEachRemaining(t -> model.add(RioLib.statement(t)));
        return model;
    }

    private static org.eclipse.rdf4j.model.Statement quad(Quad q) {
        var t = RioLib.statement(q.asTriple());
        return org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance().createStatement(t.getSubject(),
                t.getPredicate(), t.getObject(), (Resource) RioLib.value(q.getGraph()));
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
