package org.newskg.store;

import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.NKG;

/**
 * The store stage: one named graph per article, and their union as the default graph for queries.
 *
 * <p>Writes are atomic per article: {@link #replaceGraph} either replaces the whole graph or leaves the old one.
 * Safe for one writer and many readers at once.
 */
public interface KnowledgeStore extends AutoCloseable {

    /**
     * Replaces the named graph with the quads the writer emits, in one transaction.
     *
     * @return the number of triples the graph holds afterwards
     */
    long replaceGraph(String graphIri, Consumer<StreamRDF> writer);

    /** Runs a read in a read transaction; the dataset's default graph is the union of the named graphs. */
    <T> T read(Function<Dataset, T> reader);

    /**
     * The content hash recorded for the article whose graph this is ({@code nkg:contentHash} of the article node,
     * which is named as its graph), or empty when the store does not hold the graph.
     */
    default Optional<String> contentHash(String graphIri) {
        Node graph = NodeFactory.createURI(graphIri);
        return read(ds -> {
            Iterator<Quad> found = ds.asDatasetGraph().find(graph, graph, NKG.contentHash.asNode(), Node.ANY);
            return found.hasNext() ? Optional.of(found.next().getObject().getLiteralLexicalForm())
                    : Optional.<String>empty();
        });
    }

    /** The number of quads in all named graphs. */
    long quadCount();

    /** The number of named graphs, that is, of articles. */
    long graphCount();

    @Override
    void close();
}
