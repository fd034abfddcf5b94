package org.newskg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;

/**
 * Finds the node a {@code --focus} names: an IRI of a node (bare or in angle brackets), else a label, name or alias,
 * case-insensitively. The
 * name reaches SPARQL only as a literal bound to {@code ?name}, never as query text.
 */
final class FocusResolver {
    private static final String FOCUS = SparqlLib.load("focus").serialize();
    private static final int SUGGESTIONS = 3;

    private FocusResolver() {
    }

    /**
     * The IRI of the focus node, or empty when there is no focus.
     *
     * @throws ExportException when the name names no node (with the closest names), or several with that label
     */
    static Optional<String> resolve(Dataset dataset, VizGraph graph, Optional<String> focus) {
        if (focus.isEmpty()) {
            return Optional.empty();
        }
        String name = focus.get().strip();
        if (name.startsWith("<") && name.endsWith(">") && graph.node(name.substring(1, name.length() - 1))
                .isPresent()) {
            return Optional.of(name.substring(1, name.length() - 1));
        }
        if (graph.node(name).isPresent()) {
            return Optional.of(name);
        }
        List<String> matches = byName(dataset, graph, name);
        if (matches.isEmpty()) {
            throw new ExportException("--focus '" + name + "': no entity has this name, alias or IRI. "
                    + suggest(graph, name));
        }
        if (matches.size() > 1) {
            throw new ExportException("--focus '" + name + "' names " + matches.size() + " entities: "
                    + String.join(", ", matches) + ". Give one of these IRIs as --focus.");
        }
        return Optional.of(matches.get(0));
    }

    /** The nodes with this name; those whose label it is, when there are some. */
    private static List<String> byName(Dataset dataset, VizGraph graph, String name) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(FOCUS);
        query.setLiteral("name", name);
        Query parsed = query.asQuery();
        Set<String> nodes = graph.nodesById().keySet();
        List<String> exact = new ArrayList<>();
        List<String> other = new ArrayList<>();
        SparqlLib.select(dataset, parsed, row -> SparqlLib.iri(row, "node").filter(nodes::contains)
                .ifPresent(node -> (row.getLiteral("exact").getBoolean() ? exact : other).add(node)));
        Set<String> matches = new LinkedHashSet<>(exact.isEmpty() ? other : exact);
        return List.copyOf(matches);
    }

    private static String suggest(VizGraph graph, String name) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String wanted = name.toLowerCase(Locale.ROOT);
        Set<String> names = new LinkedHashSet<>();
        graph.nodes().stream().filter(n -> n.category() != Category.Event).forEach(n -> {
            names.add(n.label());
            names.addAll(n.aliases());
        });
        List<String> closest = names.stream()
                .sorted(Comparator.comparingInt((String n) -> distance.apply(wanted, n.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(SUGGESTIONS).map(n -> "'" + n + "'").toList();
        return closest.isEmpty() ? "The selection has no entities; check --db or --query."
                : "Closest names: " + String.join(", ", closest) + ".";
    }
}
