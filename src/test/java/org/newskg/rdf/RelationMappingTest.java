package org.newskg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.extract.Facts;
import org.newskg.extract.FamilyTie;
import org.newskg.extract.Kinship;
import org.newskg.extract.Leadership;
import org.newskg.extract.Relation;
import org.newskg.extract.LeadershipStatus;
import org.newskg.store.ShapesGate;

/** Leaderships and family ties as the ontology writes them: n-ary nodes with evidence, and direct family triples. */
class RelationMappingTest {
    private static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);

    @Test
    void aLeadershipIsANodeWithLeaderOrganizationRoleStatusAndEvidence() {
        Graph graph = mapped();
        Node node = only(graph, RDF.type.asNode(), NKG.Leadership.asNode());

        assertThat(object(graph, node, NKG.leader)).isEqualTo(IRIS.entity("person/ana-ruiz"));
        assertThat(object(graph, node, NKG.organization)).isEqualTo(IRIS.entity("organization/harbor-authority"));
        assertThat(object(graph, node, NKG.status)).isEqualTo(NKG.alleged.asNode());
        assertThat(object(graph, node, NKG.role).getLiteralLexicalForm()).isEqualTo("head");
        Node evidence = object(graph, node, NKG.evidence);
        assertThat(object(graph, evidence, NKG.extractor).getLiteralLexicalForm()).isEqualTo("test-rule");
        assertThat(object(graph, evidence, NKG.sentenceText).getLiteralLexicalForm()).contains("Harbor Authority");
        assertThat(object(graph, evidence, NKG.confidence).getLiteralLexicalForm()).isEqualTo("0.7");
    }

    @Test
    void aFamilyTieIsANodeAndADirectTripleEachWay() {
        Graph graph = mapped();
        Node ana = IRIS.entity("person/ana-ruiz");
        Node luis = IRIS.entity("person/luis-ruiz");
        Node node = only(graph, RDF.type.asNode(), NKG.FamilyTie.asNode());

        assertThat(object(graph, node, NKG.person)).isEqualTo(luis);
        assertThat(object(graph, node, NKG.relation)).isEqualTo(NKG.childOf.asNode());
        assertThat(object(graph, node, NKG.relative)).isEqualTo(ana);
        assertThat(graph.contains(luis, NKG.childOf.asNode(), ana)).isTrue();
        assertThat(graph.contains(ana, NKG.parentOf.asNode(), luis)).isTrue();
        assertThat(graph.contains(ana, NKG.childOf.asNode(), luis)).isFalse();
    }

    @Test
    void theRelationsMeetTheShapesAndALeadershipWithoutStatusDoesNot() {
        Graph graph = mapped();
        ValidationReport report = ShapesGate.bundled().validate(graph);
        assertThat(report.conforms()).as(() -> report.getEntries().toString()).isTrue();

        Node node = only(graph, RDF.type.asNode(), NKG.Leadership.asNode());
        graph.delete(Triple.create(node, NKG.status.asNode(), NKG.alleged.asNode()));
        assertThat(ShapesGate.bundled().validate(graph).conforms()).isFalse();
    }

    @Test
    void aRelationOfRulesAloneIsADirectTripleAndAReificationWithEvidenceThatTheShapesCheck() {
        Facts base = NkgFactMapperTest.facts();
        Evidence born = NkgFactMapperTest.mention("Ana Ruiz", 0, "birthplace-born-in", 0.8);
        Facts facts = new Facts(base.article(), base.entities(), List.of(), List.of(), List.of(), List.of(),
                List.of(), base.places(), List.of(), 1, 1, List.of(), List.of(),
                List.of(new Relation("birthPlace", "person/ana-ruiz", "place/portmouth", born)));
        Graph graph = NkgFactMapperTest.map(facts).getGraph(IRIS.article(base.article().id()));
        Node ana = IRIS.entity("person/ana-ruiz");
        Node portmouth = IRIS.entity("place/portmouth");
        Node birthPlace = NodeFactory.createURI(NKG.NS + "birthPlace");

        assertThat(graph.contains(ana, birthPlace, portmouth)).isTrue();
        Node node = only(graph, RDF.type.asNode(), NKG.RelationStatement.asNode());
        assertThat(object(graph, node, RDF.subject)).isEqualTo(ana);
        assertThat(object(graph, node, RDF.predicate)).isEqualTo(birthPlace);
        assertThat(object(graph, node, RDF.object)).isEqualTo(portmouth);
        Node evidence = object(graph, node, NKG.evidence);
        assertThat(object(graph, evidence, NKG.extractor).getLiteralLexicalForm()).isEqualTo("birthplace-born-in");
        ValidationReport report = ShapesGate.bundled().validate(graph);
        assertThat(report.conforms()).as(() -> report.getEntries().toString()).isTrue();

        graph.delete(Triple.create(ana, birthPlace, portmouth));
        assertThat(ShapesGate.bundled().validate(graph).conforms()).as("the reification without its triple").isFalse();
    }

    private static Graph mapped() {
        Facts base = NkgFactMapperTest.facts();
        Entity anaRuiz = base.entities().get(0);
        Evidence said = NkgFactMapperTest.mention("Harbor Authority", 1, "test-rule", 0.7);
        Entity luis = new Entity("person/luis-ruiz", EntityType.PERSON, "Luis Ruiz", List.of("Luis Ruiz"), List.of(),
                List.of(said));
        List<Entity> entities = new ArrayList<>(base.entities());
        entities.add(luis);
        Facts facts = new Facts(base.article(), entities, List.of(), List.of(), List.of(),
                List.of(new Leadership(anaRuiz.key(), "organization/harbor-authority", Optional.of("head"),
                        LeadershipStatus.ALLEGED, said)),
                List.of(new FamilyTie(luis.key(), Kinship.CHILD_OF, anaRuiz.key(), said)), 1, 1);
        DatasetGraph dataset = NkgFactMapperTest.map(facts);
        return dataset.getGraph(IRIS.article(base.article().id()));
    }

    private static Node only(Graph graph, Node predicate, Node object) {
        List<Triple> found = graph.find(Node.ANY, predicate, object).toList();
        assertThat(found).hasSize(1);
        return found.get(0).getSubject();
    }

    private static Node object(Graph graph, Node subject, org.apache.jena.rdf.model.Property property) {
        List<Triple> found = graph.find(subject, property.asNode(), Node.ANY).toList();
        assertThat(found).as("%s of %s", property, subject).hasSize(1);
        return found.get(0).getObject();
    }

}
