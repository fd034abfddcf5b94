package org.newskg.export;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;

/** Reads the whole {@link VizGraph} of a dataset; the caller holds the read transaction. */
final class StoreGraphReader {
    private StoreGraphReader() {
    }

    static VizGraph read(Dataset dataset) {
        List<VizNode> nodes = NodeReader.read(dataset);
        Set<String> ids = nodes.stream().map(VizNode::id).collect(Collectors.toSet());
        return new VizGraph(nodes, EdgeReader.read(dataset, ids));
    }
}
