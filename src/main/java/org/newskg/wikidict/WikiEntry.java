package org.newskg.wikidict;

import java.util.Objects;

/**
 * What a surface form links to in Wikipedia: the page title (with underscores, as in its URL) and the share of the
 * surface form's links that go to that page, in [0, 1].
 *
 * @param title the Wikipedia page title, e.g. {@code Ana_Costa_(economist)}
 * @param score the share of links with this surface form that point to the page
 */
public record WikiEntry(String title, double score) {
    public WikiEntry {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("blank title");
        }
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score outside [0, 1]: " + score);
        }
    }
}
