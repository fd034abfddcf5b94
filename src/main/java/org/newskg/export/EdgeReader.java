package org.newskg.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;

/**
 * Reads the edges of the graph from the statement nodes (leaderships, memberships, family ties, containments,
 * participations, events' places, quotations' speech acts) and the direct triples no statement backs, each with the
 * strongest of its evidence.
 */
final class EdgeReader {
    private static final Query EDGES = SparqlLib.load("edges");
    private static final Query EVIDENCE = SparqlLib.load("evidence");

    private EdgeReader() {
    }

    /** The edges whose two ends are among {@code nodes}, in a stable order, with unique ids. */
    static List<VizEdge> read(Dataset dataset, Set<String> nodes) {
        Map<String, Support> support = readSupport(dataset);
        List<VizEdge> edges = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        SparqlLib.select(dataset, EDGES, row -> {
            String source = SparqlLib.iri(row, "source").orElse("");
            String target = SparqlLib.iri(row, "target").orElse("");
            if (nodes.contains(source) && nodes.contains(target) && !source.equals(target)) {
                edges.add(Row.of(row, source, target).edge(support::get, ids));
            }
        });
        return edges;
    }

    /**
     * The edges that start or end at {@code node}, read with the node bound (index lookups, not a scan), with the
     * evidence of each read the same way. Their ids are unique among themselves; {@link #withIds} renumbers a
     * union of such lists.
     */
    static List<VizEdge> touching(Dataset dataset, String node) {
        Set<Row> rows = new LinkedHashSet<>();
        for (String end : List.of("source", "target")) {
            SparqlLib.select(dataset, EDGES, Map.of(end, node), row -> {
                String source = end.equals("source") ? node : SparqlLib.iri(row, "source").orElse("");
                String target = end.equals("target") ? node : SparqlLib.iri(row, "target").orElse("");
                if (!source.isEmpty() && !target.isEmpty() && !source.equals(target)) {
                    rows.add(Row.of(row, source, target));
                }
            });
        }
        Map<String, Support> support = new HashMap<>();
        rows.stream().map(Row::supportedBy).flatMap(Optional::stream).distinct().forEach(statement ->
                SparqlLib.select(dataset, EVIDENCE, Map.of("statement", statement),
                        row -> support.merge(statement, Support.of(row), Support::orElse)));
        Set<String> ids = new HashSet<>();
        return rows.stream().map(r -> r.edge(support::get, ids)).toList();
    }

    /** Edges gathered by {@link #touching}, each once, sorted as a whole-graph read sorts them, with unique ids. */
    static List<VizEdge> withIds(Collection<VizEdge> edges) {
        Map<List<Object>, VizEdge> distinct = new TreeMap<>(Comparator.comparing(Object::toString));
        for (VizEdge edge : edges) {
            distinct.putIfAbsent(List.of(edge.relation(), edge.source(), edge.target(), baseId(edge.id()),
                    edge.status(), edge.role(), edge.date(), edge.dateEnd()), edge);
        }
        Set<String> ids = new HashSet<>();
        return distinct.values().stream().map(e -> new VizEdge(uniqueId(baseId(e.id()), ids), e.source(),
                e.target(), e.relation(), e.status(), e.role(), e.confidence(), e.date(), e.dateEnd(), e.evidence(),
                e.article(), e.articleDate())).toList();
    }

    private static String baseId(String id) {
        return id.replaceFirst("-\\d+$", "");
    }

    /** One row of the edges query: an edge before its evidence is looked up. */
    private record Row(Optional<String> statement, Optional<String> supportedBy, String source, String target,
                       String relation, Optional<String> status, Optional<String> role, Optional<String> date,
                       Optional<String> dateEnd) {
        static Row of(QuerySolution row, String source, String target) {
            return new Row(SparqlLib.iri(row, "statement"), SparqlLib.iri(row, "supportedBy"), source, target,
                    SparqlLib.text(row, "relation").orElseThrow(), nonBlank(SparqlLib.text(row, "status")),
                    nonBlank(SparqlLib.text(row, "role")), SparqlLib.text(row, "date"),
                    SparqlLib.text(row, "dateEnd"));
        }

        VizEdge edge(Function<String, Support> support, Set<String> ids) {
            Support evidence = supportedBy.map(support).orElse(Support.NONE);
            String id = uniqueId(statement.orElse(source) + "#" + relation
                    + (statement.isPresent() ? "" : "-" + SparqlLib.localName(target)), ids);
            return new VizEdge(id, source, target, relation, status, role, evidence.confidence, date, dateEnd,
                    evidence.sentence, evidence.article, evidence.articleDate);
        }
    }

    private static String uniqueId(String id, Set<String> ids) {
        String unique = id;
        for (int n = 2; !ids.add(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    private static Optional<String> nonBlank(Optional<String> text) {
        return text.filter(t -> !t.isBlank());
    }

    /** The evidence of every statement, strongest first: the first row of a statement is its best. */
    private static Map<String, Support> readSupport(Dataset dataset) {
        Map<String, Support> support = new HashMap<>();
        SparqlLib.select(dataset, EVIDENCE, row -> {
            String statement = SparqlLib.iri(row, "statement").orElse(null);
            if (statement != null) {
                support.merge(statement, Support.of(row), Support::orElse);
            }
        });
        return support;
    }

    /** The strongest evidence of a statement: its confidence, sentence, article and the article's date. */
    private record Support(OptionalDouble confidence, Optional<String> sentence, Optional<String> article,
                           Optional<String> articleDate) {
        static final Support NONE = new Support(OptionalDouble.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());

        static Support of(QuerySolution row) {
            Optional<String> published = SparqlLib.text(row, "published")
                    .map(p -> p.length() >= 10 ? p.substring(0, 10) : p);
            return new Support(SparqlLib.number(row, "confidence"), SparqlLib.text(row, "sentence"),
                    SparqlLib.iri(row, "article"), published);
        }

        /** This, with what it lacks taken from a weaker piece of evidence. */
        Support orElse(Support weaker) {
            return new Support(confidence.isPresent() ? confidence : weaker.confidence,
                    sentence.or(() -> weaker.sentence), article.or(() -> weaker.article),
                    articleDate.or(() -> weaker.articleDate));
        }
    }
}
