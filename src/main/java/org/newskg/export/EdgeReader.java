package org.newskg.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
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
                edges.add(edge(row, source, target, support, ids));
            }
        });
        return edges;
    }

    private static VizEdge edge(QuerySolution row, String source, String target, Map<String, Support> support,
                                Set<String> ids) {
        String relation = SparqlLib.text(row, "relation").orElseThrow();
        Optional<String> statement = SparqlLib.iri(row, "statement");
        Support evidence = SparqlLib.iri(row, "supportedBy").map(support::get).orElse(Support.NONE);
        String id = uniqueId(statement.orElse(source) + "#" + relation
                + (statement.isPresent() ? "" : "-" + SparqlLib.localName(target)), ids);
        return new VizEdge(id, source, target, relation, nonBlank(SparqlLib.text(row, "status")),
                nonBlank(SparqlLib.text(row, "role")), evidence.confidence, SparqlLib.text(row, "date"),
                SparqlLib.text(row, "dateEnd"), evidence.sentence, evidence.article, evidence.articleDate);
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
