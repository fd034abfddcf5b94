package org.newskg.extract;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * An extractor that failed on an article. Its own facts, and the facts that needed them, are absent from the
 * article's {@link Facts}; the other extractors' facts are there.
 *
 * @param extractor the name of the extractor that failed, e.g. {@code events}
 * @param cause     what it threw; an {@link ExtractionException} names the sentence
 */
public record ExtractionProblem(String extractor, RuntimeException cause) {
    public ExtractionProblem {
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(cause, "cause");
    }

    /** The index, from 0, of the sentence the extractor failed in, when it is known. */
    public OptionalInt sentenceIndex() {
        return cause instanceof ExtractionException e ? e.sentenceIndex() : OptionalInt.empty();
    }

    /** What failed, where, and why, for one line on stderr: "extractor 'events' failed in sentence 3 '...': ...". */
    public String describe() {
        String why = cause instanceof ExtractionException ? cause.getMessage() : String.valueOf(cause);
        return "extractor '" + extractor + "' failed " + (cause instanceof ExtractionException ? "in " : "") + why;
    }
}
