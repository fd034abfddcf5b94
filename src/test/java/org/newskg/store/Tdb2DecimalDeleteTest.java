package org.newskg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A minimal reproduction, with Jena alone, of why {@link Tdb2KnowledgeStore#replaceGraph} once left stale triples
 * behind (issue 13, item 1). To report upstream (Apache Jena 5.6.0, TDB2):
 *
 * <p>TDB2 stores an {@code xsd:decimal} inline as its value and scale, but gives it back in Jena's canonical lexical
 * form: {@code "0.850"} is stored with scale 3 and read as {@code "0.85"}, which encodes with scale 2, another node
 * id. {@code DatasetGraph.deleteAny} (in {@code DatasetGraphBase}) finds quads and deletes each by its nodes, so a
 * quad whose decimal was not written in canonical form is not found again and stays. {@code removeGraph} deletes by
 * node ids ({@code StorageTDB.removeAll}) and leaves nothing. When {@link #deleteAnyLeavesNonCanonicalDecimals()}
 * fails, Jena has fixed the round trip.
 */
class Tdb2DecimalDeleteTest {
    private static final Node GRAPH = NodeFactory.createURI("https://example.org/g");
    private static final Node SUBJECT = NodeFactory.createURI("https://example.org/s");
    private static final List<String> LEXICAL_FORMS = List.of("0.850", "0.85", "1.000", "1.0", "1", "0.10");

    @TempDir
    Path temp;

    private DatasetGraph dataset;

    @BeforeEach
    void addOneQuadPerDecimal() {
        dataset = DatabaseMgr.connectDatasetGraph(temp.toString());
        Txn.executeWrite(dataset, () -> LEXICAL_FORMS.forEach(lexical -> dataset.add(GRAPH, SUBJECT,
                NodeFactory.createURI("https://example.org/p/" + lexical),
                NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal))));
    }

    @Test
    void deleteAnyLeavesNonCanonicalDecimals() {
        Txn.executeWrite(dataset, () -> dataset.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY));

        List<String> left = Txn.calculateRead(dataset, () -> Iter.toList(Iter.map(
                dataset.find(GRAPH, SUBJECT, Node.ANY, Node.ANY), quad -> quad.getPredicate().getURI()
                        .substring("https://example.org/p/".length()))));
        assertThat(left).containsExactlyInAnyOrder("0.850", "1.000", "1", "0.10");
    }

    @Test
    void removeGraphLeavesNothing() {
        Txn.executeWrite(dataset, () -> dataset.removeGraph(GRAPH));

        assertThat(Txn.calculateRead(dataset, () -> Iter.count(dataset.find()))).isZero();
    }

    @Test
    void canonicalDecimalsComeBackAsWritten() {
        List<String> read = Txn.calculateRead(dataset, () -> Iter.toList(Iter.map(
                dataset.find(GRAPH, SUBJECT, Node.ANY, Node.ANY), quad -> quad.getObject().getLiteralLexicalForm())));

        assertThat(read).containsExactlyInAnyOrder("0.85", "0.85", "1.0", "1.0", "1.0", "0.1");
    }
}
