package org.newskg.export;

import java.util.Objects;
import java.util.Optional;
import org.newskg.linkeddata.IriRewriter;

/**
 * Presents a {@link VizGraph} under a public base ({@code export --base}): every IRI the store minted (node ids, edge
 * ends, articles) is rewritten by an {@link IriRewriter}; IRIs minted elsewhere (sameAs links) are kept. Immutable and
 * thread-safe.
 */
public final class VizGraphRewriter {
    private final IriRewriter rewriter;

    public VizGraphRewriter(IriRewriter rewriter) {
        this.rewriter = Objects.requireNonNull(rewriter, "rewriter");
    }

    public VizGraph rewrite(VizGraph graph) {
        return new VizGraph(graph.nodes().stream().map(this::node).toList(),
                graph.edges().stream().map(this::edge).toList());
    }

    private VizNode node(VizNode n) {
        return new VizNode(rewriter.rewrite(n.id()), n.label(), n.type(), n.category(), n.aliases(),
                n.sameAs().stream().map(rewriter::rewrite).toList(), n.lat(), n.lon(), n.mentions(), n.facts(),
                n.quotes().stream().map(q -> new NodeQuote(q.text(), q.evidence(), iri(q.article()))).toList());
    }

    private VizEdge edge(VizEdge e) {
        return new VizEdge(e.id(), rewriter.rewrite(e.source()), rewriter.rewrite(e.target()), e.relation(),
                e.status(), e.role(), e.confidence(), e.date(), e.dateEnd(), e.evidence(), iri(e.article()),
                e.articleDate());
    }

    private Optional<String> iri(Optional<String> iri) {
        return iri.map(rewriter::rewrite);
    }
}
