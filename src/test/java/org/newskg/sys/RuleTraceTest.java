package org.newskg.sys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.newskg.eval.FactKind;

/** Rows of the named queries traced to the extractors named by their evidence, on an invented graph. */
class RuleTraceTest {
    private static final String NS = "https://w3id.org/newskg/ns#";
    private static final String GRAPH = """
            @prefix nkg:  <https://w3id.org/newskg/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix : <https://example.org/> .

            :mara a nkg:Entity, nkg:Person ; rdfs:label "Mara Voss" ; nkg:name "Mara Voss", "Voss" ;
                nkg:mention :m1, :m2 .
            :m1 a nkg:Mention ; nkg:extractor "ner" .
            :m2 a nkg:Mention ; nkg:extractor "surname-scan" .
            :ilja a nkg:Entity, nkg:Person ; rdfs:label "Ilja Brandt" ; nkg:name "Ilja Brandt" .
            :ferries a nkg:Entity, nkg:Organization ; rdfs:label "Nordhafen Ferries" ; nkg:name "Nordhafen Ferries" .

            :lead1 a nkg:Leadership ; nkg:leader :mara ; nkg:organization :ferries ; nkg:status nkg:current ;
                nkg:evidence :e1, :e2 .
            :e1 a nkg:Evidence ; nkg:extractor "verb-founded" .
            :e2 a nkg:Evidence ; nkg:extractor "noun-chairman" .

            :tie1 a nkg:FamilyTie ; nkg:person :mara ; nkg:relation nkg:spouseOf ; nkg:relative :ilja ;
                nkg:evidence :e3 .
            :e3 a nkg:Evidence ; nkg:extractor "kin-wife" .
            :mara nkg:spouseOf :ilja .
            :ilja nkg:spouseOf :mara .
            :otto a nkg:Entity, nkg:Person ; rdfs:label "Otto Brandt" ; nkg:name "Otto Brandt" .
            :ilja nkg:siblingOf :otto .
            """;

    private final Dataset dataset = dataset();

    @Test
    void statementRowsAreTracedThroughTheirEvidence() {
        Map<List<String>, Set<String>> leadership = trace(FactKind.LEADERSHIP);

        assertThat(leadership).containsExactly(Map.entry(List.of("Mara Voss", "Nordhafen Ferries", NS + "current"),
                Set.of("noun-chairman", "verb-founded")));
    }

    @Test
    void aRowThatOnlyADirectTripleGivesHasNoEvidence() {
        Map<List<String>, Set<String>> family = trace(FactKind.FAMILY);

        assertThat(family).containsOnly(
                Map.entry(List.of("Mara Voss", NS + "spouseOf", "Ilja Brandt"), Set.of("kin-wife")),
                Map.entry(List.of("Ilja Brandt", NS + "siblingOf", "Otto Brandt"), Set.of(RuleTrace.NO_EVIDENCE)));
    }

    @Test
    void entityRowsAreTracedThroughTheMentionsOfTheEntity() {
        Map<List<String>, Set<String>> entities = trace(FactKind.ENTITY);

        assertThat(entities).containsEntry(List.of(NS + "Person", "Voss"), Set.of("ner", "surname-scan"))
                .containsEntry(List.of(NS + "Organization", "Nordhafen Ferries"), Set.of(RuleTrace.NO_EVIDENCE))
                .hasSize(5);
    }

    private Map<List<String>, Set<String>> trace(FactKind kind) {
        RuleTrace trace = RuleTrace.of(kind, QueryRunner.parse(new QueryRunner.Source(kind.queryName(),
                NamedQueries.text(kind.queryName()))));
        return trace.rules(dataset);
    }

    private static Dataset dataset() {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(GRAPH), null, "TURTLE");
        return DatasetFactory.wrap(model);
    }
}
