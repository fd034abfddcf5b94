package org.newskg.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The graph an export draws: entities and events as nodes, relations as edges. Immutable; every edge's source and
 * target is one of the nodes. Nodes and edges keep the order they were given in, so exports are reproducible.
 *
 * <pre>{@code
 * VizGraph graph = GraphSelector.create().store(store).build().select(Selection.all());
 * Exporters.forFormat("gexf").write(graph, out);
 * }</pre>
 */
public record VizGraph(List<VizNode> nodes, List<VizEdge> edges) {
    public VizGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Map<String, VizNode> byId = nodes.stream().collect(Collectors.toMap(VizNode::id, Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("two nodes with id " + a.id());
                }));
        for (VizEdge edge : edges) {
            if (!byId.containsKey(edge.source()) || !byId.containsKey(edge.target())) {
                throw new IllegalArgumentException("edge " + edge.id() + " joins a node that is not in the graph");
            }
        }
    }

    /** Whether there is nothing to draw. */
    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The node with this IRI. */
    public Optional<VizNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The nodes by IRI, in graph order. */
    public Map<String, VizNode> nodesById() {
        Map<String, VizNode> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        return byId;
    }
}
