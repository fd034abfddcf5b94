package org.newskg.linkeddata;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.NKG;

/**
 * What a resource page and a resource's RDF files show: its description, read from the union graph of a store.
 *
 * <p>The description of a resource R is
 * <ul>
 *   <li>every triple with R as subject, and the {@code rdfs:label} of every IRI they point to;</li>
 *   <li>every triple pointing at R from another resource (not from mentions), with that resource's label; when the
 *       other resource is a statement node (a leadership, membership, family tie, quotation, containment, event or
 *       participation), all its triples, the labels of what it points to and its evidence (the sentence);</li>
 *   <li>for an article, the statement nodes whose evidence it is.</li>
 * </ul>
 * Every triple comes from the store unchanged; rewriting to a public base is {@link IriRewriter}'s job.
 *
 * <p>Stateless and thread-safe; the graph must stay readable (inside a read transaction) while a description is
 * made.
 *
 * <pre>{@code
 * Graph description = store.read(ds -> ResourceDescriber.describe(ds.asDatasetGraph().getUnionGraph(), iri));
 * }</pre>
 */
public final class ResourceDescriber {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node EVIDENCE = NKG.evidence.asNode();
    private static final Node PARTICIPATION = NKG.participation.asNode();
    private static final List<Node> STATEMENT_TYPES = List.of(NKG.Leadership.asNode(), NKG.Membership.asNode(),
            NKG.FamilyTie.asNode(), NKG.Quotation.asNode(), NKG.Containment.asNode(), NKG.Event.asNode(),
            NKG.Participation.asNode());
    private static final List<Node> EVIDENCE_TYPES = List.of(NKG.Mention.asNode(), NKG.Evidence.asNode());

    private ResourceDescriber() {
    }

    /** The description of the resource, as a new in-memory graph (empty when the store knows nothing of it). */
    public static Graph describe(Graph union, Node resource) {
        Graph out = GraphFactory.createDefaultGraph();
        outgoing(union, resource, out);
        union.find(Node.ANY, Node.ANY, resource).forEachRemaining(t -> incoming(union, t, out));
        if (hasType(union, resource, NKG.Article.asNode())) {
            union.find(Node.ANY, NKG.article.asNode(), resource).forEachRemaining(ev -> {
                if (hasType(union, ev.getSubject(), NKG.Evidence.asNode())) {
                    union.find(Node.ANY, EVIDENCE, ev.getSubject()).forEachRemaining(s -> {
                        out.add(s);
                        statement(union, s.getSubject(), out);
                    });
                }
            });
        }
        return out;
    }

    /** Every IRI under the base that is the subject of a triple, sorted. */
    public static Set<String> resources(Graph union, String base) {
        Set<String> iris = new TreeSet<>();
        union.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(base)) {
                iris.add(s.getURI());
            }
        });
        return iris;
    }

    /** Whether the resource has the type in the graph. */
    public static boolean hasType(Graph graph, Node resource, Node type) {
        return graph.contains(resource, TYPE, type);
    }

    private static void incoming(Graph union, Triple t, Graph out) {
        Node source = t.getSubject();
        if (source.equals(t.getObject()) || EVIDENCE_TYPES.stream().anyMatch(type -> hasType(union, source, type))) {
            return;
        }
        out.add(t);
        if (isStatement(union, source)) {
            statement(union, source, out);
            if (hasType(union, source, NKG.Participation.asNode())) {
                union.find(Node.ANY, PARTICIPATION, source).forEachRemaining(p -> {
                    out.add(p);
                    statement(union, p.getSubject(), out);
                });
            }
        } else {
            labels(union, source, out);
        }
    }

    /** A statement node's triples, the labels of what it points to, its evidence and an event's participations. */
    private static void statement(Graph union, Node statement, Graph out) {
        outgoing(union, statement, out);
        union.find(statement, EVIDENCE, Node.ANY).forEachRemaining(e -> outgoing(union, e.getObject(), out));
        union.find(statement, PARTICIPATION, Node.ANY).forEachRemaining(p -> outgoing(union, p.getObject(), out));
    }

    private static boolean isStatement(Graph union, Node node) {
        return STATEMENT_TYPES.stream().anyMatch(type -> hasType(union, node, type));
    }

    private static void outgoing(Graph union, Node subject, Graph out) {
        union.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            out.add(t);
            if (t.getObject().isURI() && !t.getPredicate().equals(TYPE)) {
                labels(union, t.getObject(), out);
            }
        });
    }

    private static void labels(Graph union, Node node, Graph out) {
        union.find(node, LABEL, Node.ANY).forEachRemaining(out::add);
    }
}
