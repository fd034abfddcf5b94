package org.newskg.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the job made of one input record: the article's graph as N-Quads, or why it failed.
 *
 * @param source  the input file the record came from, and the record's title or URL when it has one
 * @param graph   the article's graph IRI; empty when the record failed before its article was known
 * @param nquads  the graph's quads, one N-Quads line each, without a final line end; empty when it failed
 * @param triples the number of distinct quads in {@code nquads}
 * @param failure why the record failed, or {@code null} when it did not
 */
record ArticleResult(String source, String graph, String nquads, long triples, String failure)
        implements Serializable {

    ArticleResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(nquads, "nquads");
    }

    static ArticleResult stored(String source, String graph, String nquads, long triples) {
        return new ArticleResult(source, graph, nquads, triples, null);
    }

    static ArticleResult failed(String source, String graph, String reason) {
        return new ArticleResult(source, graph, "", 0, Objects.requireNonNull(reason, "reason"));
    }

    boolean ok() {
        return failure == null;
    }
}
