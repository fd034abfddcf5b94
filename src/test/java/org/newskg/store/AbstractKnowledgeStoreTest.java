package org.newskg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of {@link KnowledgeStore}: one named graph per article, replaced whole or not at all, and the union
 * of all graphs as the default graph that queries see. Subclass it for each implementation.
 */
abstract class AbstractKnowledgeStoreTest {
    static final String G1 = "http://example.org/article/1";
    static final String G2 = "http://example.org/article/2";
    static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    static final Node SHARED = NodeFactory.createURI("http://example.org/entity/shared");

    KnowledgeStore store;

    /** A new, empty store. */
    abstract KnowledgeStore createStore();

    @BeforeEach
    void open() {
        store = createStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Quad quad(String graph, String subject, String label) {
        return Quad.create(NodeFactory.createURI(graph), NodeFactory.createURI("http://example.org/" + subject),
                LABEL, NodeFactory.createLiteralString(label));
    }

    /** Writes {@code n} quads about subjects of this graph alone, plus one about {@link #SHARED}, into the graph. */
    static void write(StreamRDF sink, String graph, int n) {
        Node g = NodeFactory.createURI(graph);
        for (int i = 0; i < n; i++) {
            sink.quad(Quad.create(g, NodeFactory.createURI(graph + "/s" + i), LABEL,
                    NodeFactory.createLiteralString("label " + i)));
        }
        sink.quad(Quad.create(NodeFactory.createURI(graph), SHARED, LABEL, NodeFactory.createLiteralString("shared")));
    }

    long selectCount(String where) {
        return store.read(dataset -> {
            try (QueryExecution execution = QueryExecution.create("SELECT (COUNT(*) AS ?n) WHERE { " + where + " }",
                    dataset)) {
                return execution.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void replaceGraphStoresTheQuadsAndReturnsTheGraphSize() {
        long size = store.replaceGraph(G1, sink -> write(sink, G1, 3));

        assertThat(size).isEqualTo(4);
        assertThat(store.quadCount()).isEqualTo(4);
        assertThat(store.graphCount()).isEqualTo(1);
    }

    @Test
    void anEmptyStoreHasNothing() {
        assertThat(store.quadCount()).isZero();
        assertThat(store.graphCount()).isZero();
        assertThat(selectCount("?s ?p ?o")).isZero();
    }

    @Test
    void replacingAGraphTwiceGivesTheSameCount() {
        store.replaceGraph(G1, sink -> write(sink, G1, 3));

        long size = store.replaceGraph(G1, sink -> write(sink, G1, 3));

        assertThat(size).isEqualTo(4);
        assertThat(store.quadCount()).isEqualTo(4);
        assertThat(store.graphCount()).isEqualTo(1);
    }

    @Test
    void replacingAGraphDropsWhatTheNewVersionNoLongerHasAndLeavesOtherGraphs() {
        store.replaceGraph(G1, sink -> write(sink, G1, 5));
        store.replaceGraph(G2, sink -> write(sink, G2, 2));

        store.replaceGraph(G1, sink -> write(sink, G1, 1));

        assertThat(store.quadCount()).isEqualTo(2 + 3);
        assertThat(selectCount("GRAPH <" + G1 + "> { ?s ?p ?o }")).isEqualTo(2);
        assertThat(selectCount("GRAPH <" + G2 + "> { ?s ?p ?o }")).isEqualTo(3);
    }

    @Test
    void replacingAGraphLeavesNothingOfTheOldOneWhateverItsLiterals() {
        Node graph = NodeFactory.createURI(G1);
        Node evidence = NodeFactory.createURI(G1 + "/evidence/0");
        Node confidence = NodeFactory.createURI("https://w3id.org/newskg/ns#confidence");
        store.replaceGraph(G1, sink -> List.of("0.850", "0.85", "1.000", "1", "0.10", "0.7").forEach(lexical ->
                sink.quad(Quad.create(graph, evidence, confidence,
                        NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal)))));

        store.replaceGraph(G1, sink -> sink.quad(Quad.create(graph, evidence, confidence,
                NodeFactory.createLiteralDT("0.8", XSDDatatype.XSDdecimal))));

        assertThat(quads()).extracting(q -> q.getObject().getLiteralLexicalForm()).containsExactly("0.8");
        assertThat(store.quadCount()).isEqualTo(1);
    }

    @Test
    void replacingAGraphWithNothingRemovesIt() {
        store.replaceGraph(G1, sink -> write(sink, G1, 2));
        store.replaceGraph(G2, sink -> write(sink, G2, 2));

        long size = store.replaceGraph(G1, sink -> { });

        assertThat(size).isZero();
        assertThat(store.graphCount()).isEqualTo(1);
        assertThat(store.quadCount()).isEqualTo(3);
    }

    @Test
    void aWriterThatFailsMidwayLeavesThePreviousGraphIntact() {
        store.replaceGraph(G1, sink -> write(sink, G1, 3));
        List<Quad> before = quads();

        assertThatThrownBy(() -> store.replaceGraph(G1, sink -> {
            write(sink, G1, 10);
            throw new IllegalStateException("the mapper broke");
        })).hasMessageContaining("the mapper broke");

        assertThat(quads()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(store.quadCount()).isEqualTo(4);
    }

    @Test
    void aWriterThatFailsOnANewGraphLeavesNothing() {
        store.replaceGraph(G1, sink -> write(sink, G1, 1));

        assertThatThrownBy(() -> store.replaceGraph(G2, sink -> {
            write(sink, G2, 3);
            throw new IllegalStateException("the mapper broke");
        }));

        assertThat(store.graphCount()).isEqualTo(1);
        assertThat(selectCount("GRAPH <" + G2 + "> { ?s ?p ?o }")).isZero();
    }

    @Test
    void aQuadOutsideTheGraphIsRefusedAndNothingIsWritten() {
        store.replaceGraph(G1, sink -> write(sink, G1, 1));

        assertThatThrownBy(() -> store.replaceGraph(G1, sink -> {
            sink.quad(quad(G1, "a", "in"));
            sink.quad(quad(G2, "b", "outside"));
        })).isInstanceOf(StoreException.class).hasMessageStartingWith("quad outside graph " + G1 + ": ");

        assertThat(store.graphCount()).isEqualTo(1);
        assertThat(store.quadCount()).isEqualTo(2);
    }

    @Test
    void queriesSeeTheUnionOfAllGraphsAsTheDefaultGraph() {
        store.replaceGraph(G1, sink -> write(sink, G1, 2));
        store.replaceGraph(G2, sink -> write(sink, G2, 3));

        assertThat(selectCount("?s ?p ?o")).as("the triple about SHARED is in both graphs, once in the union")
                .isEqualTo(2 + 3 + 1);
        assertThat(selectCount("<" + SHARED.getURI() + "> ?p ?o")).isEqualTo(1);
        assertThat(selectCount("GRAPH ?g { <" + SHARED.getURI() + "> ?p ?o }")).isEqualTo(2);
        assertThat(store.quadCount()).isEqualTo(3 + 4);
        assertThat(store.graphCount()).isEqualTo(2);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aReaderDuringAWriteSeesTheGraphAsItWasBefore() throws Exception {
        store.replaceGraph(G1, sink -> write(sink, G1, 1));
        CountDownLatch halfWritten = new CountDownLatch(1);
        CountDownLatch readDone = new CountDownLatch(1);

        CompletableFuture<Long> writer = CompletableFuture.supplyAsync(() -> store.replaceGraph(G1, sink -> {
            write(sink, G1, 50);
            halfWritten.countDown();
            await(readDone);
        }));
        assertThat(halfWritten.await(20, TimeUnit.SECONDS)).isTrue();
        long seenDuringWrite = selectCount("?s ?p ?o");
        readDone.countDown();

        assertThat(seenDuringWrite).isEqualTo(2);
        assertThat(writer.get(20, TimeUnit.SECONDS)).isEqualTo(51);
        assertThat(selectCount("?s ?p ?o")).isEqualTo(51);
    }

    private List<Quad> quads() {
        return store.read(dataset -> {
            List<Quad> all = new java.util.ArrayList<>();
            dataset.asDatasetGraph().find().forEachRemaining(all::add);
            return all;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
