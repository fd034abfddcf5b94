package org.newskg.linkeddata;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Presents the IRIs a store minted under one base under another, as Pubby does: every IRI that starts with the
 * stored base has that prefix replaced by the public base; other IRIs and literals are untouched.
 *
 * <pre>{@code
 * IriRewriter r = IriRewriter.of("http://localhost:3030/newskg/", "https://data.example.org/");
 * r.rewrite("http://localhost:3030/newskg/id/person/ana-costa"); // https://data.example.org/id/person/ana-costa
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class IriRewriter {
    private final String from;
    private final String to;

    private IriRewriter(String from, String to) {
        this.from = from;
        this.to = to;
    }

    /**
     * A rewriter from the stored base to the public base; both are made to end with {@code /}.
     *
     * @throws IllegalArgumentException when the public base is not an absolute http(s) IRI
     */
    public static IriRewriter of(String storedBase, String publicBase) {
        return new IriRewriter(slash(Objects.requireNonNull(storedBase, "storedBase")),
                slash(checkBase(publicBase)));
    }

    /**
     * Checks that a base is an absolute http or https IRI with a host and without query or fragment.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static String checkBase(String base) {
        Objects.requireNonNull(base, "base");
        try {
            URI uri = new URI(base);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("expected an absolute http(s) IRI such as "
                        + "'https://data.example.org/' but was '" + base + "'");
            }
            return base;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("expected an absolute http(s) IRI but was '" + base + "': "
                    + e.getReason(), e);
        }
    }

    private static String slash(String base) {
        return base.endsWith("/") ? base : base + "/";
    }

    /** The base the store's IRIs were minted under. */
    public String storedBase() {
        return from;
    }

    /** The base the IRIs are presented under. */
    public String publicBase() {
        return to;
    }

    public String rewrite(String iri) {
        return iri.startsWith(from) ? to + iri.substring(from.length()) : iri;
    }

    /** The IRI back under the stored base (the inverse of {@link #rewrite(String)} for rewritten IRIs). */
    public String unrewrite(String iri) {
        return iri.startsWith(to) ? from + iri.substring(to.length()) : iri;
    }

    public Node rewrite(Node node) {
        return node != null && node.isURI() && node.getURI().startsWith(from)
                ? NodeFactory.createURI(rewrite(node.getURI())) : node;
    }

    public Triple rewrite(Triple t) {
        return Triple.create(rewrite(t.getSubject()), rewrite(t.getPredicate()), rewrite(t.getObject()));
    }

    public Quad rewrite(Quad q) {
        return Quad.create(rewrite(q.getGraph()), rewrite(q.getSubject()), rewrite(q.getPredicate()),
                rewrite(q.getObject()));
    }

    /** A new in-memory graph with every triple rewritten. */
    public Graph rewrite(Graph graph) {
        Graph out = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> out.add(rewrite(t)));
        graph.getPrefixMapping().getNsPrefixMap().forEach((p, ns) -> out.getPrefixMapping().setNsPrefix(p,
                rewrite(ns)));
        return out;
    }

    /** A stream that rewrites every triple and quad before passing it on. */
    public StreamRDF rewriting(StreamRDF destination) {
        return new StreamRDFWrapper(destination) {
            @Override
            public void triple(Triple triple) {
                super.triple(rewrite(triple));
            }

            @Override
            public void quad(Quad quad) {
                super.quad(rewrite(quad));
            }

            @Override
            public void prefix(String prefix, String iri) {
                super.prefix(prefix, rewrite(iri));
            }
        };
    }
}
