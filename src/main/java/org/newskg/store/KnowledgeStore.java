package org.newskg.store;

import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;

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

    /** The number of quads in all named graphs. */
    long quadCount();

    /** The number of named graphs, that is, of articles. */
    long graphCount();

    @Override
    void close();
}
