package org.newskg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
    private static final Query ENTITY_NAMES = SparqlLib.load("entity-names");
    private static final int SUGGESTIONS = 3;
    /** More entities than anyone would choose among by IRI; the lookup stops there. */
    private static final int MAX_MATCHES = 20;

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

    /**
     * The IRI of the node {@code focus} names, found by bounded queries instead of a read of the whole graph: the
     * IRI itself when {@code nodes} knows it, else at most {@value #MAX_MATCHES} nodes by name.
     *
     * @param nodes the node of an IRI, empty when the IRI is no entity or event
     * @throws ExportException as {@link #resolve(Dataset, VizGraph, Optional)}; the closest names are read from the
     *                         entities' names only
     */
    static String resolve(Dataset dataset, String focus, Function<String, Optional<VizNode>> nodes) {
        String name = focus.strip();
        String bare = name.startsWith("<") && name.endsWith(">") ? name.substring(1, name.length() - 1) : name;
        if (looksLikeIri(bare) && nodes.apply(bare).isPresent()) {
            return bare;
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(FOCUS);
        query.setLiteral("name", name);
        Query parsed = query.asQuery();
        parsed.setLimit(MAX_MATCHES);
        List<String> exact = new ArrayList<>();
        List<String> other = new ArrayList<>();
        SparqlLib.select(dataset, parsed, row -> SparqlLib.iri(row, "node").filter(n -> nodes.apply(n).isPresent())
                .ifPresent(node -> (row.getLiteral("exact").getBoolean() ? exact : other).add(node)));
        List<String> matches = List.copyOf(new LinkedHashSet<>(exact.isEmpty() ? other : exact));
        if (matches.isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            SparqlLib.select(dataset, ENTITY_NAMES, row -> SparqlLib.text(row, "name").ifPresent(names::add));
            throw new ExportException("--focus '" + name + "': no entity has this name, alias or IRI. "
                    + closest(names, name));
        }
        if (matches.size() > 1) {
            throw new ExportException("--focus '" + name + "' names " + matches.size() + " entities: "
                    + String.join(", ", matches) + ". Give one of these IRIs as --focus.");
        }
        return matches.get(0);
    }

    private static boolean looksLikeIri(String text) {
        return text.matches("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
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
        Set<String> names = new LinkedHashSet<>();
        graph.nodes().stream().filter(n -> n.category() != Category.Event).forEach(n -> {
            names.add(n.label());
            names.addAll(n.aliases());
        });
        return closest(names, name);
    }

    private static String closest(Set<String> names, String name) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String wanted = name.toLowerCase(Locale.ROOT);
        List<String> closest = names.stream()
                .sorted(Comparator.comparingInt((String n) -> distance.apply(wanted, n.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(SUGGESTIONS).map(n -> "'" + n + "'").toList();
        return closest.isEmpty() ? "The selection has no entities; check --db or --query."
                : "Closest names: " + String.join(", ", closest) + ".";
    }
}
