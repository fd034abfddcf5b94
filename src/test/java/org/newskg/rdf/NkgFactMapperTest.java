package org.newskg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.extract.Facts;
import org.newskg.nlp.Span;
import org.newskg.store.ShapesGate;

/**
 * The golden case {@code rdf-cases/person-alias-org-city}: facts built by hand, mapped with a fixed ingestion time, and
 * compared with {@code expected.trig} by graph isomorphism; the output also meets the bundled SHACL shapes.
 */
class NkgFactMapperTest {
    private static final Path CASE = Path.of("src", "test", "resources", "rdf-cases", "person-alias-org-city");
    private static final String BODY = read(CASE.resolve("body.txt"));
    private static final List<Span> SENTENCES = List.of(new Span(0, 83), new Span(84, 125), new Span(127, 161));
    private static final Instant INGESTED_AT = Instant.parse("2024-05-06T12:00:00Z");
    private static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);
    private static final String ID = "c0ffee0000000001";
    private static final String HASH = ID.repeat(4);

    static Article article() {
        return new Article(ID, "Mayor names Ana Ruiz city engineer",
                Optional.of(OffsetDateTime.parse("2024-05-06T10:30:00+02:00")), Optional.of("Jo Lane"),
                Optional.of("https://citytimes.example/engineer"), BODY, "news/engineer.txt", HASH);
    }

    static Facts facts() {
        Entity anaRuiz = new Entity("person/ana-ruiz", EntityType.PERSON, "Ana Ruiz",
                List.of("Ana Ruiz", "Ruiz", "The Builder"), List.of("The Builder"),
                List.of(mention("Ana Ruiz", 0, "corenlp-ner", 0.8567), mention("Ruiz", 1, "corenlp-ner", 0.9)));
        Entity authority = new Entity("organization/harbor-authority", EntityType.ORGANIZATION, "Harbor Authority",
                List.of("Harbor Authority"), List.of(),
                List.of(mention("Harbor Authority", 1, "newskg-org-head", 0.7)));
        Entity portmouth = new Entity("place/portmouth", EntityType.CITY, "Portmouth", List.of("Portmouth"),
                List.of(), List.of(mention("Portmouth", 0, "corenlp-ner", 1.0),
                        mention("Portmouth", 2, "corenlp-ner", 0.95)));
        return Facts.ofEntities(article(), List.of(anaRuiz, authority, portmouth), 5, 1);
    }

    /** The first occurrence of {@code text} in the sentence, as the extractor would report it. */
    static Evidence mention(String text, int sentence, String extractor, double confidence) {
        Span span = SENTENCES.get(sentence);
        int begin = BODY.indexOf(text, span.begin());
        assertThat(begin + text.length()).as("'%s' in sentence %d", text, sentence).isLessThanOrEqualTo(span.end());
        return new Evidence(sentence, span.of(BODY), new Span(begin, begin + text.length()), text, extractor,
                confidence);
    }

    static DatasetGraph map(Facts... facts) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        StreamRDF sink = StreamRDFLib.dataset(dataset);
        for (Facts f : facts) {
            new NkgFactMapper(IRIS).map(f, INGESTED_AT, sink);
        }
        return dataset;
    }

    @Test
    void theMappedArticleIsIsomorphicToTheExpectedGraph() {
        DatasetGraph expected = DatasetGraphFactory.create();
        RDFParser.source(CASE.resolve("expected.trig")).lang(Lang.TRIG).parse(expected);

        DatasetGraph actual = map(facts());

        assertThat(graphNames(actual)).isEqualTo(graphNames(expected))
                .containsExactly(IRIS.article(ID).getURI());
        assertThat(actual.getDefaultGraph().isEmpty()).isTrue();
        Node graph = IRIS.article(ID);
        assertIsomorphic(actual.getGraph(graph), expected.getGraph(graph));
    }

    @Test
    void theMappedArticleMeetsTheShapes() {
        DatasetGraph actual = map(facts());

        ValidationReport report = ShapesGate.bundled().validate(actual.getGraph(IRIS.article(ID)));

        assertThat(report.conforms()).as(() -> reportText(report)).isTrue();
    }

    @Test
    void everyOffsetPointsAtTheMentionText() {
        Graph graph = map(facts()).getGraph(IRIS.article(ID));

        List<Node> mentions = graph.find(Node.ANY, NKG.mention.asNode(), Node.ANY).mapWith(Triple::getObject).toList();

        assertThat(mentions).hasSize(5);
        for (Node mention : mentions) {
            int begin = integer(graph, mention, NKG.beginOffset.asNode());
            int end = integer(graph, mention, NKG.endOffset.asNode());
            String text = graph.find(mention, NKG.text.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            assertThat(BODY.substring(begin, end)).isEqualTo(text);
        }
    }

    @Test
    void quadsGoOnlyToTheArticleGraphAndTheSinkIsNeitherStartedNorFinished() {
        List<String> events = new ArrayList<>();
        new NkgFactMapper(IRIS).map(facts(), INGESTED_AT, new StreamRDFBase() {
            @Override
            public void start() {
                events.add("start");
            }

            @Override
            public void triple(Triple triple) {
                events.add("triple " + triple);
            }

            @Override
            public void quad(Quad quad) {
                events.add(quad.getGraph().equals(IRIS.article(ID)) ? "quad" : "quad elsewhere " + quad);
            }

            @Override
            public void finish() {
                events.add("finish");
            }
        });

        assertThat(events).isNotEmpty().containsOnly("quad");
    }

    @Test
    void anArticleWithoutDateAuthorUrlOrEntitiesHasOnlyItsRequiredMetadata() {
        Article bare = new Article(ID, "Untitled note", Optional.empty(), Optional.empty(), Optional.empty(), BODY,
                "notes.txt", HASH);

        Graph graph = map(Facts.ofEntities(bare, List.of(), 0, 0)).getGraph(IRIS.article(ID));

        assertThat(graph.find().mapWith(t -> t.getPredicate().getLocalName()).toSet())
                .containsExactlyInAnyOrder("type", "label", "title", "sourceFile", "contentHash", "ingestedAt");
        assertThat(graph.size()).isEqualTo(6);
        assertThat(ShapesGate.bundled().validate(graph).conforms()).isTrue();
    }

    @Test
    void mappingTheSameFactsTwiceGivesTheSameQuads() {
        assertThat(quads(map(facts()))).isEqualTo(quads(map(facts())));
    }

    @Test
    void twoArticlesNamingTheSameEntityShareItsIriAndTheirUnionMeetsTheShapes() {
        Article other = new Article("c0ffee0000000002", "Portmouth harbor plans", Optional.empty(), Optional.empty(),
                Optional.empty(), BODY, "news/harbor.txt", "c0ffee0000000002".repeat(4));
        Entity portmouth = new Entity("place/portmouth", EntityType.CITY, "Portmouth", List.of("Portmouth"),
                List.of(), List.of(mention("Portmouth", 2, "corenlp-ner", 0.8)));

        DatasetGraph both = map(facts(), Facts.ofEntities(other, List.of(portmouth), 0, 0));

        assertThat(graphNames(both)).hasSize(2);
        assertThat(both.getUnionGraph().find(IRIS.entity(portmouth), NKG.mentionedIn.asNode(), Node.ANY).toList())
                .hasSize(2);
        assertThat(both.getUnionGraph().find(Node.ANY, NKG.beginOffset.asNode(), Node.ANY).toList())
                .as("mention IRIs are per article, so the two articles' mentions do not merge").hasSize(6);
        ValidationReport report = ShapesGate.bundled().validate(both.getUnionGraph());
        assertThat(report.conforms()).as(() -> reportText(report)).isTrue();
    }

    private static void assertIsomorphic(Graph actual, Graph expected) {
        if (IsoMatcher.isomorphic(expected, actual)) {
            return;
        }
        Set<Triple> actualTriples = actual.find().toSet();
        Set<Triple> expectedTriples = expected.find().toSet();
        String missing = expectedTriples.stream().filter(t -> !actualTriples.contains(t)).map(Triple::toString)
                .sorted().collect(Collectors.joining("\n  "));
        String extra = actualTriples.stream().filter(t -> !expectedTriples.contains(t)).map(Triple::toString)
                .sorted().collect(Collectors.joining("\n  "));
        throw new AssertionError("not isomorphic to expected.trig\nmissing:\n  " + missing + "\nunexpected:\n  "
                + extra);
    }

    private static Set<String> graphNames(DatasetGraph dataset) {
        Set<String> names = new java.util.TreeSet<>();
        dataset.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }

    private static Set<Quad> quads(DatasetGraph dataset) {
        Set<Quad> quads = new java.util.HashSet<>();
        dataset.find().forEachRemaining(quads::add);
        return quads;
    }

    private static int integer(Graph graph, Node subject, Node property) {
        return Integer.parseInt(graph.find(subject, property, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    private static String reportText(ValidationReport report) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
