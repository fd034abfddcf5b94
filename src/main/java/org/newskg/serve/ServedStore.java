package org.newskg.serve;

import java.time.Duration;
import org.apache.jena.query.ARQ;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.newskg.store.KnowledgeStore;

/**
 * The served database as a read-only {@link KnowledgeStore}, for the pages the server builds itself ({@code /graph}).
 * Reads see the union of the articles as the default graph through a wrapper with its own context, so the shared TDB2
 * dataset's context is left untouched; every query over it is cancelled after the server's query timeout; writes are
 * refused. Does not own the database: {@link #close()} does nothing.
 */
final class ServedStore implements KnowledgeStore {
    private final Dataset dataset;

    ServedStore(DatasetGraph dsg, Duration queryTimeout) {
        Context context = dsg.getContext().copy();
        context.set(TDB2.symUnionDefaultGraph, true);
        context.set(ARQ.queryTimeout, queryTimeout.toMillis());
        this.dataset = DatasetFactory.wrap(new DatasetGraphWrapper(dsg, context));
    }

    /** @throws UnsupportedOperationException always: the server's own pages only read */
    @Override
    public long replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
        throw new UnsupportedOperationException("the served store is read-only for the server's pages");
    }

    @Override
    public <T> T read(Function<Dataset, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset));
    }

    @Override
    public long quadCount() {
        return read(ds -> Iter.count(ds.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    @Override
    public long graphCount() {
        return read(ds -> Iter.count(ds.asDatasetGraph().listGraphNodes()));
    }

    @Override
    public void close() {
        // The server owns the database.
    }
}
