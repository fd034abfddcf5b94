package org.newskg.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The name a page gives a resource that articles spell differently: one label per spelling in the union. */
class GraphViewTest {
    private static final Node ORGANIZATION = NodeFactory.createURI("http://localhost:3030/newskg/id/organization/a");

    @Test
    void ofSeveralLabelsThePageShowsTheLongestWhateverTheirOrder() {
        List<String> spellings = List.of("Corp Alpha", "Corp. Alpha", "CORP ALPHA");

        List<List<String>> orders = List.of(spellings, List.of("CORP ALPHA", "Corp. Alpha", "Corp Alpha"),
                List.of("Corp Alpha", "CORP ALPHA", "Corp. Alpha"));
        for (List<String> order : orders) {
            assertThat(new GraphView(labelled(order)).label(ORGANIZATION)).as("labels added as %s", order)
                    .isEqualTo("Corp. Alpha");
        }
    }

    @Test
    void ofEquallyLongLabelsThePageShowsTheFirstInCodePointOrder() {
        for (List<String> order : List.of(List.of("Mara Voss", "Mara Vöss"), List.of("Mara Vöss", "Mara Voss"))) {
            assertThat(new GraphView(labelled(order)).label(ORGANIZATION)).as("labels added as %s", order)
                    .isEqualTo("Mara Voss");
        }
    }

    private static Graph labelled(List<String> labels) {
        Graph graph = GraphFactory.createDefaultGraph();
        labels.forEach(label -> graph.add(ORGANIZATION, RDFS.label.asNode(), NodeFactory.createLiteralString(label)));
        return graph;
    }
}
