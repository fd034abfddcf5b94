package org.newskg.store;

import java.time.Duration;

/**
 * What a bulk load did.
 *
 * @param files    the N-Quads files read
 * @param articles the article graphs loaded
 * @param replaced how many of them replaced a graph the database already held
 * @param quads    the quads the database holds in those graphs afterwards
 * @param elapsed  wall-clock time, checking and loading
 */
public record LoadSummary(int files, long articles, long replaced, long quads, Duration elapsed) {

    /** E.g. {@code 15 articles, 9120 triples from 2 files, 3.1 s}. */
    public String line() {
        return String.format("%d article%s, %d triples from %d file%s%s, %.1f s", articles,
                articles == 1 ? "" : "s", quads, files, files == 1 ? "" : "s",
                replaced == 0 ? "" : " (" + replaced + " replaced)", elapsed.toMillis() / 1000.0);
    }
}
