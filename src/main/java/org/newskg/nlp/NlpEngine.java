package org.newskg.nlp;

import org.newskg.article.Article;

/**
 * The NLP stage: annotates articles with sentences, tokens, dependencies, entity mentions, coreference and times.
 *
 * <p>Implementations load their models once, when built, and are safe to call from several threads at once.
 */
public interface NlpEngine extends AutoCloseable {
    AnnotatedArticle annotate(Article article);

    /** How long loading the models took, in milliseconds. */
    long loadMillis();

    /** Whether the models are loaded, so that annotating an article takes no loading time. */
    default boolean isLoaded() {
        return true;
    }

    @Override
    default void close() {
    }
}
