package org.newskg.publish;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.store.KnowledgeStore;

/** An in-memory {@link KnowledgeStore} holding a TriG file, for publishing tests. */
final class MemoryStore implements KnowledgeStore {
    static final Path FIXTURE = Path.of("src", "test", "resources", "rdf", "dataset.trig");

    private final Dataset dataset = DatasetFactory.createTxnMem();

    static MemoryStore of(Path... trigs) {
        MemoryStore store = new MemoryStore();
        for (Path trig : trigs) {
            Txn.executeWrite(store.dataset, () -> RDFParser.source(trig).lang(Lang.TRIG).parse(store.dataset));
        }
        return store;
    }

    DatasetGraph copy() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.create();
            dataset.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @Override
    public long replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T read(Function<Dataset, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset));
    }

    @Override
    public long quadCount() {
        return read(ds -> ds.asDatasetGraph().stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY).count());
    }

    @Override
    public long graphCount() {
        return read(ds -> org.apache.jena.atlas.iterator.Iter.count(ds.asDatasetGraph().listGraphNodes()));
    }

    @Override
    public void close() {
    }
}
