package org.newskg.nlp;

import org.newskg.article.Article;

/**
 * A reference NLP pipeline run as its authors ship it, with none of newskg's rules: what newskg is compared with in
 * {@code newskg bench --baseline} and {@code newskg evaluate --baseline corenlp}. It returns only what such a pipeline
 * states directly (entity mentions, attributed quotations, relation triples), as a {@link PlainAnnotation}.
 *
 * <p>Implementations load their models once, when built; {@link #annotate} may be called from one thread at a time.
 */
public interface PlainNlpEngine extends AutoCloseable {
    PlainAnnotation annotate(Article article);

    /** How long loading the models took, in milliseconds. */
    long loadMillis();

    /** The annotators and settings, as the reports print them. */
    String describe();

    @Override
    default void close() {
    }
}
