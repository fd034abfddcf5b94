package org.newskg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.NKG;

/** Descriptions over the union graph of the two hand-written articles of {@code rdf/dataset.trig}. */
class ResourceDescriberTest {
    private static final String ID = "http://localhost:3030/newskg/id/";
    private static Graph union;

    @BeforeAll
    static void load() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.source(Path.of("src", "test", "resources", "rdf", "dataset.trig")).lang(Lang.TRIG).parse(dataset);
        union = dataset.getUnionGraph();
    }

    @Test
    void anEntityComesWithItsTriplesTheLabelsOfItsNeighboursAndTheStatementsAboutIt() {
        Node leader = iri("person/joaquin-guzman");

        Graph d = ResourceDescriber.describe(union, leader);

        assertThat(d.contains(leader, RDFS.label.asNode(), Node.ANY)).isTrue();
        assertThat(d.find(Node.ANY, NKG.leader.asNode(), leader).toList()).isNotEmpty();
        Node leadership = d.find(Node.ANY, NKG.leader.asNode(), leader).next().getSubject();
        assertThat(d.contains(leadership, NKG.role.asNode(), Node.ANY)).isTrue();
        Node evidence = d.find(leadership, NKG.evidence.asNode(), Node.ANY).next().getObject();
        assertThat(d.contains(evidence, NKG.sentenceText.asNode(), Node.ANY)).as("the evidence sentence").isTrue();
        Node organization = d.find(leadership, NKG.organization.asNode(), Node.ANY).next().getObject();
        assertThat(d.contains(organization, RDFS.label.asNode(), Node.ANY)).isTrue();
        assertThat(d.find(Node.ANY, NKG.mention.asNode(), Node.ANY).toList()).allSatisfy(t -> assertThat(
                t.getSubject()).isEqualTo(leader));
    }

    @Test
    void everyResourceUnderTheBaseIsListedAndNothingElse() {
        assertThat(ResourceDescriber.resources(union, ID)).contains(ID + "person/donald-trump",
                ID + "article/aaaa000000000001").allSatisfy(iri -> assertThat(iri).startsWith(ID));
        assertThat(ResourceDescriber.resources(union, "https://elsewhere.example/")).isEmpty();
    }

    @Test
    void anUnknownResourceHasAnEmptyDescription() {
        assertThat(ResourceDescriber.describe(union, iri("person/nobody")).isEmpty()).isTrue();
    }

    @Test
    void theKindOfAResourceComesFromItsType() {
        assertThat(ResourceKind.of(union, iri("person/donald-trump"))).contains(ResourceKind.PERSON);
        assertThat(ResourceKind.of(union, iri("article/aaaa000000000001"))).contains(ResourceKind.ARTICLE);
        assertThat(ResourceKind.of(union, iri("article/aaaa000000000001/mention/1"))).isEmpty();
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(ID + path);
    }
}
