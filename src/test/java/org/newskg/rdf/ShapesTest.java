package org.newskg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written dataset conforms to the shapes, per article graph and as a union; each broken variant of it does
 * not, and the report names the expected focus node, path and constraint component.
 */
class ShapesTest {
    private static final Shapes SHAPES = RdfFixtures.shapes();
    private static final String PROLOGUE = """
            PREFIX nkg:          <https://w3id.org/newskg/ns#>
            PREFIX rdfs:         <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:          <http://www.w3.org/2001/XMLSchema#>
            PREFIX art:          <http://localhost:3030/newskg/id/article/>
            PREFIX a1:           <http://localhost:3030/newskg/id/article/aaaa000000000001/>
            PREFIX a1m:          <http://localhost:3030/newskg/id/article/aaaa000000000001/mention/>
            PREFIX person:       <http://localhost:3030/newskg/id/person/>
            PREFIX organization: <http://localhost:3030/newskg/id/organization/>
            PREFIX place:        <http://localhost:3030/newskg/id/place/>
            """;

    @Test
    void everyArticleGraphConforms() {
        DatasetGraph dataset = RdfFixtures.dataset();
        assertThat(dataset.listGraphNodes()).toIterable().extracting(Node::getURI)
                .containsExactlyInAnyOrder(RdfFixtures.ARTICLE_1, RdfFixtures.ARTICLE_2);
        dataset.listGraphNodes().forEachRemaining(name -> assertConforms(dataset.getGraph(name)));
    }

    @Test
    void theUnionOfTheArticleGraphsConforms() {
        assertConforms(RdfFixtures.dataset().getUnionGraph());
    }

    static Stream<Arguments> brokenVariants() {
        return Stream.of(
                broken("entity without label",
                        "DELETE WHERE { person:ovidio-guzman rdfs:label ?label }",
                        "person:ovidio-guzman", "rdfs:label", "MinCount"),
                broken("mention without label",
                        "DELETE WHERE { a1m:3 rdfs:label ?label }",
                        "a1m:3", "rdfs:label", "MinCount"),
                broken("statement with two labels",
                        "INSERT DATA { a1:event-1 rdfs:label \"arrest\" }",
                        "a1:event-1", "rdfs:label", "MaxCount"),
                broken("negative begin offset",
                        "DELETE { a1m:1 nkg:beginOffset ?o } INSERT { a1m:1 nkg:beginOffset -1 }"
                                + " WHERE { a1m:1 nkg:beginOffset ?o }",
                        "a1m:1", "nkg:beginOffset", "MinInclusive"),
                broken("begin offset after end offset",
                        "DELETE { a1m:3 nkg:beginOffset ?o } INSERT { a1m:3 nkg:beginOffset 78 }"
                                + " WHERE { a1m:3 nkg:beginOffset ?o }",
                        "a1m:3", "nkg:beginOffset", "LessThanOrEquals"),
                broken("offset as a string",
                        "DELETE { a1m:3 nkg:endOffset ?o } INSERT { a1m:3 nkg:endOffset \"77\" }"
                                + " WHERE { a1m:3 nkg:endOffset ?o }",
                        "a1m:3", "nkg:endOffset", "Datatype"),
                broken("mention without end offset",
                        "DELETE WHERE { a1m:3 nkg:endOffset ?o }",
                        "a1m:3", "nkg:endOffset", "MinCount"),
                broken("confidence above 1",
                        "DELETE { a1m:2 nkg:confidence ?c } INSERT { a1m:2 nkg:confidence 1.5 }"
                                + " WHERE { a1m:2 nkg:confidence ?c }",
                        "a1m:2", "nkg:confidence", "MaxInclusive"),
                broken("confidence as a string",
                        "DELETE { a1m:2 nkg:confidence ?c } INSERT { a1m:2 nkg:confidence \"0.9\" }"
                                + " WHERE { a1m:2 nkg:confidence ?c }",
                        "a1m:2", "nkg:confidence", "Or"),
                broken("evidence without sentence text",
                        "DELETE WHERE { a1:evidence-2 nkg:sentenceText ?s }",
                        "a1:evidence-2", "nkg:sentenceText", "MinCount"),
                broken("evidence without article",
                        "DELETE WHERE { a1:evidence-2 nkg:article ?a }",
                        "a1:evidence-2", "nkg:article", "MinCount"),
                broken("leadership without evidence",
                        "DELETE WHERE { a1:leadership-1 nkg:evidence ?e }",
                        "a1:leadership-1", "nkg:evidence", "MinCount"),
                broken("leadership with an unknown status",
                        "DELETE { a1:leadership-2 nkg:status ?s } INSERT { a1:leadership-2 nkg:status nkg:retired }"
                                + " WHERE { a1:leadership-2 nkg:status ?s }",
                        "a1:leadership-2", "nkg:status", "In"),
                broken("leadership of a place",
                        "DELETE { a1:leadership-1 nkg:organization ?o }"
                                + " INSERT { a1:leadership-1 nkg:organization place:sinaloa }"
                                + " WHERE { a1:leadership-1 nkg:organization ?o }",
                        "a1:leadership-1", "nkg:organization", "Class"),
                broken("membership without organization or role",
                        "DELETE WHERE { a1:membership-1 nkg:role ?r }",
                        "a1:membership-1", null, "Or"),
                broken("family tie without evidence",
                        "DELETE WHERE { a1:family-1 nkg:evidence ?e }",
                        "a1:family-1", "nkg:evidence", "MinCount"),
                broken("family tie with an unknown relation",
                        "DELETE { a1:family-1 nkg:relation ?r } INSERT { a1:family-1 nkg:relation nkg:friendOf }"
                                + " WHERE { a1:family-1 nkg:relation ?r }",
                        "a1:family-1", "nkg:relation", "In"),
                broken("family triple to oneself",
                        "INSERT DATA { person:joaquin-guzman nkg:relativeOf person:joaquin-guzman }",
                        "person:joaquin-guzman", "nkg:relativeOf", "SPARQL"),
                broken("quotation without evidence",
                        "DELETE WHERE { a1:quote-1 nkg:evidence ?e }",
                        "a1:quote-1", "nkg:evidence", "MinCount"),
                broken("quotation spoken by a place",
                        "DELETE { a1:quote-1 nkg:speaker ?s } INSERT { a1:quote-1 nkg:speaker place:mexico }"
                                + " WHERE { a1:quote-1 nkg:speaker ?s }",
                        "a1:quote-1", "nkg:speaker", "Or"),
                broken("event without evidence",
                        "DELETE WHERE { a1:event-1 nkg:evidence ?e }",
                        "a1:event-1", "nkg:evidence", "MinCount"),
                broken("event dated with a date-time",
                        "DELETE { a1:event-1 nkg:date ?d }"
                                + " INSERT { a1:event-1 nkg:date \"2019-10-17T12:00:00Z\"^^xsd:dateTime }"
                                + " WHERE { a1:event-1 nkg:date ?d }",
                        "a1:event-1", "nkg:date", "Or"),
                broken("entity with mention count 0",
                        "DELETE { place:mexico nkg:mentionCount ?n } INSERT { place:mexico nkg:mentionCount 0 }"
                                + " WHERE { place:mexico nkg:mentionCount ?n }",
                        "place:mexico", "nkg:mentionCount", "MinInclusive"),
                broken("entity mentioned in no article",
                        "DELETE WHERE { place:mexico nkg:mentionedIn ?a }",
                        "place:mexico", "nkg:mentionedIn", "MinCount"),
                broken("entity with two top classes",
                        "INSERT DATA { organization:sinaloa-cartel a nkg:Place }",
                        "organization:sinaloa-cartel", null, "Xone"),
                broken("entity not typed nkg:Entity",
                        "DELETE DATA { person:donald-trump a nkg:Entity }",
                        "person:donald-trump", null, "Class"),
                broken("alias not repeated as a name",
                        "DELETE DATA { person:joaquin-guzman nkg:name \"El Chapo\" }",
                        "person:joaquin-guzman", "nkg:alias", "SPARQL"),
                broken("city not typed nkg:Place",
                        "DELETE DATA { place:culiacan a nkg:Place }",
                        "place:culiacan", null, "Class"),
                broken("gazetteer container without label",
                        "INSERT DATA { place:bavaria a nkg:Place, nkg:FirstLevelDivision ; nkg:countryCode \"DE\" }",
                        "place:bavaria", null, "Or"),
                broken("place with a latitude out of range",
                        "INSERT DATA { place:culiacan <http://www.w3.org/2003/01/geo/wgs84_pos#lat> 124.8 }",
                        "place:culiacan", "geo:lat", "MaxInclusive"),
                broken("country code that is not ISO 3166-1 alpha-2",
                        "INSERT DATA { place:culiacan nkg:countryCode \"Mex\" }",
                        "place:culiacan", "nkg:countryCode", "Pattern"),
                broken("containment without its direct triple",
                        "DELETE DATA { place:culiacan nkg:located place:sinaloa }",
                        "a1:containment-0", null, "SPARQL"),
                broken("containment without evidence",
                        "DELETE WHERE { a1:containment-0 nkg:evidence ?e }",
                        "a1:containment-0", "nkg:evidence", "MinCount"),
                broken("place located in itself",
                        "INSERT DATA { place:sinaloa nkg:located place:sinaloa }",
                        "place:sinaloa", "nkg:located", "SPARQL"),
                broken("article without title",
                        "DELETE WHERE { art:aaaa000000000001 nkg:title ?t }",
                        "art:aaaa000000000001", "nkg:title", "MinCount"),
                broken("article published as a string",
                        "DELETE { art:aaaa000000000001 nkg:published ?p }"
                                + " INSERT { art:aaaa000000000001 nkg:published \"2019-11-07\" }"
                                + " WHERE { art:aaaa000000000001 nkg:published ?p }",
                        "art:aaaa000000000001", "nkg:published", "Datatype"),
                broken("article without content hash",
                        "DELETE WHERE { art:aaaa000000000001 nkg:contentHash ?h }",
                        "art:aaaa000000000001", "nkg:contentHash", "MinCount"),
                broken("article without source file",
                        "DELETE WHERE { art:aaaa000000000001 nkg:sourceFile ?f }",
                        "art:aaaa000000000001", "nkg:sourceFile", "MinCount"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenVariants")
    void brokenVariantFailsOnItsPath(String name, String update, String focus, String path, String component) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node article = NodeFactory.createURI(RdfFixtures.ARTICLE_1);
        RdfFixtures.dataset().getGraph(article).find().forEachRemaining(graph::add);
        UpdateAction.parseExecute(PROLOGUE + update, graph);

        ValidationReport report = ShaclValidator.get().validate(SHAPES, graph);

        assertThat(report.conforms()).as(name).isFalse();
        Node expectedPath = path == null ? null : expand(path);
        assertThat(report.getEntries()).as(name).anySatisfy(entry -> {
            assertThat(RdfFixtures.show(entry.focusNode())).isEqualTo(focus);
            assertThat(entry.resultPath()).isEqualTo(expectedPath == null ? null : new P_Link(expectedPath));
            assertThat(entry.sourceConstraintComponent().getLocalName()).isEqualTo(component + "ConstraintComponent");
        });
    }

    private static Arguments broken(String name, String update, String focus, String path, String component) {
        return Arguments.of(name, update, focus, path, component);
    }

    private static Node expand(String prefixed) {
        return NodeFactory.createURI(RdfFixtures.PREFIXES.expandPrefix(prefixed));
    }

    private static void assertConforms(Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, graph);
        assertThat(report.getEntries()).as("validation results").isEmpty();
        assertThat(report.conforms()).isTrue();
    }
}
