package org.newskg.extract;

import org.newskg.nlp.AnnotatedArticle;

/** The extraction stage: reads facts off an annotated article. Implementations are stateless and thread-safe. */
@FunctionalInterface
public interface FactExtractor {
    Facts extract(AnnotatedArticle article);
}
