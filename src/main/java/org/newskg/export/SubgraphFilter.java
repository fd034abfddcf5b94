package org.newskg.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Narrows a graph to a {@link Selection}: first the edges (alleged, weak), then the nodes by type (the focus stays),
 * then what lies within {@code depth} edges of the focus, walking edges both ways.
 */
final class SubgraphFilter {
    private SubgraphFilter() {
    }

    static VizGraph apply(VizGraph graph, Selection selection, Optional<String> focus) {
        Set<String> kept = new HashSet<>();
        for (VizNode node : graph.nodes()) {
            if (selection.keeps(node.category()) || focus.filter(node.id()::equals).isPresent()) {
                kept.add(node.id());
            }
        }
        List<VizEdge> edges = graph.edges().stream().filter(e -> keeps(e, selection))
                .filter(e -> kept.contains(e.source()) && kept.contains(e.target())).toList();
        Set<String> reached = focus.map(f -> reach(f, edges, selection.depth())).orElse(kept);
        return new VizGraph(graph.nodes().stream().filter(n -> reached.contains(n.id())).toList(),
                edges.stream().filter(e -> reached.contains(e.source()) && reached.contains(e.target())).toList());
    }

    private static boolean keeps(VizEdge edge, Selection selection) {
        if (selection.excludeAlleged() && edge.isAlleged()) {
            return false;
        }
        return selection.minConfidence().isEmpty()
                || edge.confidence().isPresent() && edge.confidence().getAsDouble() >= selection.minConfidence()
                .getAsDouble();
    }

    /** The nodes at most {@code depth} edges from the focus, breadth first. */
    private static Set<String> reach(String focus, List<VizEdge> edges, int depth) {
        Map<String, List<String>> neighbours = new HashMap<>();
        for (VizEdge edge : edges) {
            neighbours.computeIfAbsent(edge.source(), k -> new ArrayList<>()).add(edge.target());
            neighbours.computeIfAbsent(edge.target(), k -> new ArrayList<>()).add(edge.source());
        }
        Map<String, Integer> distance = new HashMap<>(Map.of(focus, 0));
        Deque<String> queue = new ArrayDeque<>(List.of(focus));
        while (!queue.isEmpty()) {
            String node = queue.removeFirst();
            int next = distance.get(node) + 1;
            if (next > depth) {
                continue;
            }
            for (String neighbour : neighbours.getOrDefault(node, List.of())) {
                if (distance.putIfAbsent(neighbour, next) == null) {
                    queue.addLast(neighbour);
                }
            }
        }
        return distance.keySet();
    }
}
