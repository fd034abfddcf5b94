package org.newskg.sys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.PatternVars;
import org.newskg.eval.FactKind;
import org.newskg.rdf.NKG;

/**
 * Traces the rows of one named query back to the rules that made them, for {@code evaluate --by-rule}, leaving the
 * named query itself as users see it.
 *
 * <p>The trace query keeps the named query's {@code WHERE} clause and selects the scored columns of the kind
 * ({@link FactKind#columns()}) and the evidence of each solution: {@code ?evidence} when the named query binds it
 * (leadership, affiliations, family, located); otherwise the {@code nkg:evidence} and {@code nkg:mention} nodes of the
 * row's first column (the entity, quotation or event). A row's rules are the {@code nkg:extractor} values of that
 * evidence, over every solution with the row's scored values; a row without evidence (a direct triple) is traced to
 * {@link #NO_EVIDENCE}. Immutable and thread-safe.
 */
final class RuleTrace {
    /** The rule of a row that no evidence supports. */
    static final String NO_EVIDENCE = "(no evidence)";

    private static final Var EVIDENCE = Var.alloc("evidence");

    private final FactKind kind;
    private final Query query;
    private final Var traced;

    private RuleTrace(FactKind kind, Query query, Var traced) {
        this.kind = kind;
        this.query = query;
        this.traced = traced;
    }

    /** The trace of the rows of {@code named}, the parsed named query of {@code kind}. */
    static RuleTrace of(FactKind kind, Query named) {
        Set<Var> bound = Set.copyOf(PatternVars.vars(named.getQueryPattern()));
        Query trace = new Query();
        trace.setQuerySelectType();
        trace.setPrefixMapping(named.getPrefixMapping());
        trace.setQueryPattern(named.getQueryPattern());
        trace.setDistinct(true);
        for (String column : kind.columns()) {
            if (!bound.contains(Var.alloc(column))) {
                throw new NewsKgException("queries/" + kind.queryName() + ".rq: the scored column ?" + column
                        + " is not bound in its WHERE clause, so --by-rule cannot trace its rows. Bind it there.");
            }
            trace.addResultVar(column);
        }
        Var traced = bound.contains(EVIDENCE) ? EVIDENCE : named.getProjectVars().get(0);
        trace.addResultVar(traced);
        return new RuleTrace(kind, trace, traced);
    }

    /** Per row, its scored values in {@link FactKind#columns()} order (null when unbound), to its rules. */
    Map<List<String>, Set<String>> rules(Dataset articleOnly) {
        Graph graph = articleOnly.asDatasetGraph().getDefaultGraph();
        Map<List<String>, Set<String>> rules = new HashMap<>();
        try (QueryExecution execution = QueryExecution.create().query(query).dataset(articleOnly).build()) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution solution = results.next();
                List<String> key = new ArrayList<>();
                for (String column : kind.columns()) {
                    key.add(Evaluation.lexicalForm(solution.get(column)));
                }
                Set<String> rowRules = rules.computeIfAbsent(key, k -> new TreeSet<>());
                RDFNode value = solution.get(traced.getVarName());
                if (value != null) {
                    rowRules.addAll(extractors(graph, value.asNode()));
                }
            }
        }
        rules.values().stream().filter(Set::isEmpty).forEach(r -> r.add(NO_EVIDENCE));
        return rules;
    }

    /** The extractors of an evidence node, or of the evidence and mentions of a statement or entity. */
    private Set<String> extractors(Graph graph, Node node) {
        Set<String> names = new TreeSet<>();
        List<Node> evidence = new ArrayList<>();
        if (traced.equals(EVIDENCE)) {
            evidence.add(node);
        } else {
            graph.find(node, NKG.evidence.asNode(), Node.ANY).forEachRemaining(t -> evidence.add(t.getObject()));
            graph.find(node, NKG.mention.asNode(), Node.ANY).forEachRemaining(t -> evidence.add(t.getObject()));
        }
        for (Node e : evidence) {
            graph.find(e, NKG.extractor.asNode(), Node.ANY)
                    .forEachRemaining(t -> names.add(t.getObject().getLiteralLexicalForm()));
        }
        return names;
    }
}
