package org.newskg.live;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one article the server was given.
 *
 * @param source    where it came from: the file name, with the record for JSON Lines
 * @param iri       the article's graph, when the article could be read
 * @param status    stored, unchanged (the store held it already, with the same content), or failed
 * @param reason    why it failed: the one-line message the CLI would print; empty otherwise
 * @param triples   the triples its graph holds (0 when not stored)
 * @param nlpMillis the time NLP and extraction took on it
 * @param at        when it was stored or failed
 */
public record ArticleOutcome(String source, Optional<String> iri, Status status, Optional<String> reason,
                             long triples, long nlpMillis, Instant at) {
    /** What became of the article. */
    public enum Status { STORED, UNCHANGED, FAILED }

    public ArticleOutcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }

    static ArticleOutcome stored(String source, String iri, long triples, long nlpMillis) {
        return new ArticleOutcome(source, Optional.of(iri), Status.STORED, Optional.empty(), triples, nlpMillis,
                Instant.now());
    }

    static ArticleOutcome unchanged(String source, String iri) {
        return new ArticleOutcome(source, Optional.of(iri), Status.UNCHANGED, Optional.empty(), 0, 0, Instant.now());
    }

    /** Whether the article's graph is now in the store: stored now, or unchanged. */
    public boolean stored() {
        return status != Status.FAILED;
    }

    static ArticleOutcome failed(String source, Optional<String> iri, String reason) {
        return new ArticleOutcome(source, iri, Status.FAILED, Optional.of(reason), 0, 0, Instant.now());
    }
}
