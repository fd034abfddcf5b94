package org.newskg.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;

/**
 * The served dataset, on which clearing one named graph (a Graph Store PUT or DELETE, SPARQL {@code CLEAR GRAPH})
 * removes the graph by TDB2's own node ids. Jena 5.6.0's {@code deleteAny} deletes by the terms it reads back, and
 * TDB2 reads a decimal back in canonical form ("0.850" as "0.85"), so a decimal written in another form stayed
 * behind (see {@code org.newskg.store.Tdb2DecimalDeleteTest}). Thread-safety is the wrapped dataset's.
 */
final class WholeGraphRemoval extends DatasetGraphWrapper {
    WholeGraphRemoval(DatasetGraph dsg, Context context) {
        super(dsg, context);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (isOneNamedGraph(g) && isAny(s) && isAny(p) && isAny(o)) {
            removeGraph(g);
        } else {
            super.deleteAny(g, s, p, o);
        }
    }

    /** A named graph as a view over this dataset, so that clearing it (as a Graph Store PUT does) comes here. */
    @Override
    public Graph getGraph(Node graphNode) {
        return isOneNamedGraph(graphNode) ? GraphView.createNamedGraph(this, graphNode) : super.getGraph(graphNode);
    }

    private static boolean isOneNamedGraph(Node g) {
        return g != null && g.isURI() && !Quad.isDefaultGraph(g) && !Quad.isUnionGraph(g);
    }

    private static boolean isAny(Node node) {
        return node == null || Node.ANY.equals(node);
    }
}
