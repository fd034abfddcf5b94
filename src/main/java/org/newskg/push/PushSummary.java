package org.newskg.push;

import java.time.Duration;

/**
 * What a push sent.
 *
 * @param graphs  named graphs sent (one per article)
 * @param triples triples in them
 * @param elapsed time taken
 */
public record PushSummary(long graphs, long triples, Duration elapsed) {
}
