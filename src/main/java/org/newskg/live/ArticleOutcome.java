package org.newskg.live;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one article the server was given.
 *
 * @param source    where it came from: the file name, with the record for JSON Lines
 * @param iri       the article's graph, when the article could be read
 * @param stored    whether its graph is now in the store
 * @param reason    why it was not stored: the one-line message the CLI would print; empty when stored
 * @param triples   the triples its graph holds (0 when not stored)
 * @param nlpMillis the time NLP and extraction took on it
 * @param at        when it was stored or failed
 */
public record ArticleOutcome(String source, Optional<String> iri, boolean stored, Optional<String> reason,
                             long triples, long nlpMillis, Instant at) {
    public ArticleOutcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }

    static ArticleOutcome stored(String source, String iri, long triples, long nlpMillis) {
        return new ArticleOutcome(source, Optional.of(iri), true, Optional.empty(), triples, nlpMillis,
                Instant.now());
    }

    static ArticleOutcome failed(String source, Optional<String> iri, String reason) {
        return new ArticleOutcome(source, iri, false, Optional.of(reason), 0, 0, Instant.now());
    }
}
