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
 * @param order   where the record stands in the input: its file, then its place among that file's records
 */
record ArticleResult(String source, String graph, String nquads, long triples, String failure, InputOrder order)
        implements Serializable {

    ArticleResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(nquads, "nquads");
    }

    /**
     * A record's place in the input: files by name (as {@code ingest} reads a folder), then records in the order
     * Spark numbers them within a file.
     */
    record InputOrder(String file, long record) implements Serializable, Comparable<InputOrder> {
        @Override
        public int compareTo(InputOrder other) {
            int byFile = file.compareTo(other.file);
            return byFile != 0 ? byFile : Long.compare(record, other.record);
        }
    }

    static ArticleResult stored(String source, String graph, String nquads, long triples, InputOrder order) {
        return new ArticleResult(source, graph, nquads, triples, null, order);
    }

    static ArticleResult failed(String source, String graph, String reason, InputOrder order) {
        return new ArticleResult(source, graph, "", 0, Objects.requireNonNull(reason, "reason"), order);
    }

    /** Of two results for one article, the one from the later record, as re-ingesting would keep. */
    static ArticleResult later(ArticleResult a, ArticleResult b) {
        return b.order().compareTo(a.order()) >= 0 ? b : a;
    }

    boolean ok() {
        return failure == null;
    }
}
