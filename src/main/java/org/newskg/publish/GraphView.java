package org.newskg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.NKG;

/** Reading a description graph for a page: labels, values and local names. */
record GraphView(Graph graph) {
    private static final Comparator<String> FULLEST_FIRST = Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder());

    static Node nkg(String local) {
        return NodeFactory.createURI(NKG.NS + local);
    }

    List<Node> objects(Node subject, Node predicate) {
        List<Node> out = new ArrayList<>();
        graph.find(subject, predicate, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort((a, b) -> text(a).compareTo(text(b)));
        return out;
    }

    List<Node> subjects(Node predicate, Node object) {
        List<Node> out = new ArrayList<>();
        graph.find(Node.ANY, predicate, object).forEachRemaining(t -> out.add(t.getSubject()));
        out.sort((a, b) -> text(a).compareTo(text(b)));
        return out;
    }

    Optional<Node> object(Node subject, Node predicate) {
        return objects(subject, predicate).stream().findFirst();
    }

    Optional<String> string(Node subject, String nkgLocal) {
        return object(subject, nkg(nkgLocal)).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    /**
     * The label of a node: its rdfs:label (of several, which articles that spell it differently give, the longest,
     * the least of equally long ones, as the named queries and the exports choose), else the local name of an IRI,
     * else a literal's text.
     */
    String label(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return graph.find(node, RDFS.label.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList().stream().min(FULLEST_FIRST).orElseGet(() -> localName(node));
    }

    private String text(Node node) {
        return node.isLiteral() ? node.getLiteralLexicalForm() : label(node);
    }

    static String localName(Node node) {
        if (!node.isURI()) {
            return node.toString();
        }
        String iri = node.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/', iri.length() - 2));
        return iri.substring(cut + 1);
    }
}
