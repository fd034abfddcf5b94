package org.newskg.export;

import java.util.Objects;
import java.util.Optional;

/**
 * A quotation a node (its speaker) said.
 *
 * @param text     the quoted words
 * @param evidence the sentence the quotation was read from, when the store has it
 * @param article  the IRI of the article it appears in, when the store has it
 */
public record NodeQuote(String text, Optional<String> evidence, Optional<String> article) {
    public NodeQuote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(article, "article");
    }
}
