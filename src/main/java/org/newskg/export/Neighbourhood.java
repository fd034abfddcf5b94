package org.newskg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Dataset;

/**
 * The graph around a focus, read outwards from it by bounded queries: the focus is looked up by IRI or name, then
 * each node reached has its own edges and details read with its IRI bound (index lookups), level by level up to the
 * selection's depth. Nothing beyond the neighbourhood is read, so the time grows with the neighbourhood, not the
 * store. The result is what {@link SubgraphFilter} makes of the whole graph for the same selection. Not thread-safe;
 * one per selection; the caller holds the read transaction.
 */
final class Neighbourhood {
    private final Dataset dataset;
    private final Selection selection;
    private final Map<String, Optional<VizNode>> nodes = new HashMap<>();

    private Neighbourhood(Dataset dataset, Selection selection) {
        this.dataset = dataset;
        this.selection = selection;
    }

    /** The selected neighbourhood; {@code selection} has a focus. */
    static VizGraph read(Dataset dataset, Selection selection) {
        return new Neighbourhood(dataset, selection).read();
    }

    private VizGraph read() {
        String focus = FocusResolver.resolve(dataset, selection.focus().orElseThrow(), this::node);
        Map<String, VizNode> reached = new LinkedHashMap<>(Map.of(focus, node(focus).orElseThrow()));
        List<VizEdge> edges = new ArrayList<>();
        Set<String> frontier = Set.of(focus);
        // One level more than the depth: the last nodes reached may be joined by edges among themselves.
        for (int level = 1; level <= selection.depth() + 1 && !frontier.isEmpty(); level++) {
            boolean expand = level <= selection.depth();
            Set<String> next = new LinkedHashSet<>();
            for (String from : frontier) {
                for (VizEdge edge : EdgeReader.touching(dataset, from)) {
                    String other = edge.source().equals(from) ? edge.target() : edge.source();
                    if (!expand && !reached.containsKey(other)) {
                        continue;
                    }
                    Optional<VizNode> node = node(other);
                    if (node.isPresent() && (selection.keeps(node.get().category()) || other.equals(focus))) {
                        edges.add(edge);
                        if (reached.putIfAbsent(other, node.get()) == null) {
                            next.add(other);
                        }
                    }
                }
            }
            frontier = next;
        }
        List<VizEdge> among = edges.stream().filter(e -> reached.containsKey(e.source())
                && reached.containsKey(e.target())).toList();
        List<VizNode> sorted = reached.values().stream().sorted(Comparator.comparing(VizNode::id)).toList();
        return SubgraphFilter.apply(new VizGraph(sorted, EdgeReader.withIds(among)), selection, Optional.of(focus));
    }

    private Optional<VizNode> node(String iri) {
        return nodes.computeIfAbsent(iri, i -> NodeReader.read(dataset, i));
    }
}
