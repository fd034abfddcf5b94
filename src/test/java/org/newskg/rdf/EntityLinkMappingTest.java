package org.newskg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityLink;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.extract.Facts;
import org.newskg.nlp.Span;
import org.newskg.store.ShapesGate;

/**
 * Links in RDF: sameAs for a sure link, closeMatch for a close one, with their evidence; and a sure link gives the
 * entity its identity across articles.
 */
class EntityLinkMappingTest {
    private static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);
    private static final Instant AT = Instant.parse("2024-05-06T12:00:00Z");
    private static final Node SCHEMA_SAME_AS = NodeFactory.createURI("https://schema.org/sameAs");

    @Test
    void aSureLinkIsSameAsAndACloseOneACloseMatchWithEvidenceThatMeetsTheShapes() {
        Facts facts = article("a1", "Ana Costa met the Harbor Trust.", person("Ana Costa"),
                organization("Harbor Trust"))
                .withLinks(List.of(link("person/ana-costa", "Ana_Costa_(economist)", true, "Ana Costa"),
                        link("organization/harbor-trust", "Harbor_Trust_of_Portmouth", false, "Harbor Trust")), 0);

        DatasetGraph dataset = map(facts);
        Graph graph = dataset.getGraph(IRIS.article("a1"));

        Node ana = IRIS.entity("person/ana-costa-economist");
        assertThat(graph.contains(ana, OWL.sameAs.asNode(),
                NodeFactory.createURI("http://dbpedia.org/resource/Ana_Costa_(economist)"))).isTrue();
        assertThat(graph.contains(ana, SCHEMA_SAME_AS,
                NodeFactory.createURI("https://en.wikipedia.org/wiki/Ana_Costa_(economist)"))).isTrue();
        Node trust = IRIS.entity("organization/harbor-trust");
        assertThat(graph.contains(trust, SKOS.closeMatch.asNode(),
                NodeFactory.createURI("http://dbpedia.org/resource/Harbor_Trust_of_Portmouth"))).isTrue();
        assertThat(graph.contains(trust, OWL.sameAs.asNode(), Node.ANY)).isFalse();
        assertThat(graph.find(Node.ANY, NKG.extractor.asNode(), NodeFactory.createLiteralString("newskg-entitylink"))
                .toList()).hasSize(2);
        ValidationReport report = ShapesGate.bundled().validate(graph);
        assertThat(report.conforms()).as(() -> report.getEntries().toString()).isTrue();
    }

    @Test
    void theSamePageInTwoArticlesIsOneNodeAndTwoPagesForOneNameAreTwo() {
        Facts first = article("a1", "Ana Costa spoke.", person("Ana Costa"))
                .withLinks(List.of(link("person/ana-costa", "Ana_Costa_(economist)", true, "Ana Costa")), 0);
        Facts second = article("a2", "Dr. Ana Costa spoke.", person("Ana Costa"), person("Ana María Costa"))
                .withLinks(List.of(link("person/ana-costa", "Ana_Costa_(singer)", true, "Ana Costa"),
                        link("person/ana-maria-costa", "Ana_Costa_(economist)", true, "Ana María Costa")), 0);
        Facts third = article("a3", "Ana Costa sang.", person("Ana Costa"))
                .withLinks(List.of(link("person/ana-costa", "Ana_Costa_(singer)", false, "Ana Costa")), 0);

        DatasetGraph dataset = map(first, second, third);

        Node economist = IRIS.entity("person/ana-costa-economist");
        Node singer = IRIS.entity("person/ana-costa-singer");
        assertThat(articlesMentioning(dataset, economist)).containsExactlyInAnyOrder("a1", "a2");
        assertThat(articlesMentioning(dataset, singer)).containsExactly("a2");
        assertThat(articlesMentioning(dataset, IRIS.entity("person/ana-costa")))
                .as("a close match does not decide identity").containsExactly("a3");
    }

    @Test
    void oneNodeNamedDifferentlyInTwoArticlesHasThePagesNameAsItsOneLabel() {
        Facts first = article("a1", "Edinburgh University said so.", organization("Edinburgh University"))
                .withLinks(List.of(link("organization/edinburgh-university", "University_of_Edinburgh", true,
                        "Edinburgh University")), 0);
        Facts second = article("a2", "The University of Edinburgh said so.", organization("University of Edinburgh"))
                .withLinks(List.of(link("organization/university-of-edinburgh", "University_of_Edinburgh", true,
                        "University of Edinburgh")), 0);

        DatasetGraph dataset = map(first, second);

        Graph union = dataset.getUnionGraph();
        Node university = IRIS.entity("organization/university-of-edinburgh");
        assertThat(union.find(university, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY).toList())
                .extracting(t -> t.getObject().getLiteralLexicalForm()).containsExactly("University of Edinburgh");
        assertThat(union.find(university, NKG.name.asNode(), Node.ANY).toList()).hasSize(2);
        ValidationReport report = ShapesGate.bundled().validate(union);
        assertThat(report.conforms()).as(() -> report.getEntries().toString()).isTrue();
    }

    @Test
    void aTitleWithCharactersThatIrisDoNotAllowIsEncoded() {
        assertThat(LinkMapper.encode("What?_\"Yes\"_100%")).isEqualTo("What%3F_%22Yes%22_100%25");
        assertThat(LinkMapper.encode("Culiacán")).isEqualTo("Culiacán");
    }

    private static List<String> articlesMentioning(DatasetGraph dataset, Node entity) {
        List<String> articles = new java.util.ArrayList<>();
        dataset.find(Node.ANY, entity, NKG.mentionedIn.asNode(), Node.ANY)
                .forEachRemaining(q -> articles.add(q.getObject().getURI().replaceAll(".*/", "")));
        return articles;
    }

    private static DatasetGraph map(Facts... facts) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        for (Facts f : facts) {
            new NkgFactMapper(IRIS).map(f, AT, StreamRDFLib.dataset(dataset));
        }
        return dataset;
    }

    private static Facts article(String id, String body, Entity... entities) {
        List<Entity> placed = List.of(entities).stream().map(e -> new Entity(e.key(), e.type(), e.name(), e.names(),
                e.aliases(), List.of(evidence(body, e.name(), "corenlp-ner", 0.9)))).toList();
        Article article = new Article(id, "Title " + id, Optional.empty(), Optional.empty(), Optional.empty(), body,
                id + ".txt", "0".repeat(64));
        return Facts.ofEntities(article, placed, 0, 0);
    }

    private static EntityLink link(String key, String title, boolean sure, String name) {
        return new EntityLink(key, title, sure, new Evidence(0, name + " spoke.", new Span(0, name.length()), name,
                EntityLink.EXTRACTOR, sure ? 0.9 : 0.4));
    }

    private static Evidence evidence(String body, String text, String extractor, double confidence) {
        int begin = Math.max(0, body.indexOf(text));
        return new Evidence(0, body, new Span(begin, begin + text.length()), text, extractor, confidence);
    }

    private static Entity person(String name) {
        return new Entity("person/" + org.newskg.extract.entity.NameLib.slug(name), EntityType.PERSON, name,
                List.of(name), List.of(), List.of());
    }

    private static Entity organization(String name) {
        return new Entity("organization/" + org.newskg.extract.entity.NameLib.slug(name), EntityType.ORGANIZATION,
                name, List.of(name), List.of(), List.of());
    }
}
