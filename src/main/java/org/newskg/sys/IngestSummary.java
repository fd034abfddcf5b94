package org.newskg.sys;

import java.time.Duration;

/**
 * What an ingest run did.
 *
 * @param articles      articles stored
 * @param skipped       articles or files skipped because of a problem
 * @param triples       triples written, summed over the stored articles' graphs
 * @param elapsed       wall-clock time of the run; it includes loading the NLP models when the run loaded them
 * @param nlpMillis     time in NLP, summed over threads
 * @param extractMillis time in extraction, summed over threads
 * @param storeMillis   time mapping to RDF and writing to the store
 * @param unchanged     articles left alone because the store already held them with the same content
 *                      ({@code ingest --resume})
 * @param incomplete    articles stored without the facts of an extractor that failed on them (counted in
 *                      {@code articles} too)
 */
public record IngestSummary(int articles, int skipped, long triples, Duration elapsed, long nlpMillis,
                            long extractMillis, long storeMillis, int unchanged, int incomplete) {

    /** A summary of a run in which every extractor worked on every stored article. */
    public IngestSummary(int articles, int skipped, long triples, Duration elapsed, long nlpMillis,
                         long extractMillis, long storeMillis, int unchanged) {
        this(articles, skipped, triples, elapsed, nlpMillis, extractMillis, storeMillis, unchanged, 0);
    }

    /** A summary of a run that found no article unchanged. */
    public IngestSummary(int articles, int skipped, long triples, Duration elapsed, long nlpMillis,
                         long extractMillis, long storeMillis) {
        this(articles, skipped, triples, elapsed, nlpMillis, extractMillis, storeMillis, 0);
    }

    /** The share of per-article work spent outside NLP, in [0, 1]. */
    public double shareOutsideNlp() {
        long total = nlpMillis + extractMillis + storeMillis;
        return total == 0 ? 0 : (double) (extractMillis + storeMillis) / total;
    }

    public String line() {
        return String.format("%d article%s, %d triples, %.1f s%s", articles, articles == 1 ? "" : "s", triples,
                elapsed.toMillis() / 1000.0, skipped == 0 ? "" : ", " + skipped + " skipped")
                + (unchanged == 0 ? "" : ", " + unchanged + " unchanged")
                + (incomplete == 0 ? "" : ", " + incomplete + " incomplete");
    }
}
