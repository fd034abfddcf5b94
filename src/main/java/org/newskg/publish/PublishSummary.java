package org.newskg.publish;

import java.time.Duration;

/**
 * What a publish run wrote.
 *
 * @param resources resources with pages
 * @param files     files written
 * @param bytes     their total size
 * @param triples   quads in the store
 * @param entities  entities (people, organizations, places)
 * @param articles  articles
 * @param elapsed   wall-clock time
 */
public record PublishSummary(int resources, int files, long bytes, long triples, long entities, long articles,
                             Duration elapsed) {

    /** One line for the command's output. */
    public String line() {
        return String.format("%d resources (%d entities, %d articles), %d files, %.1f MB, %.1f s", resources,
                entities, articles, files, bytes / 1e6, elapsed.toMillis() / 1000.0);
    }
}
