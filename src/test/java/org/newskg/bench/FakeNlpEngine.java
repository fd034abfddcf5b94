package org.newskg.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.newskg.article.Article;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.NlpEngine;

/** An engine with no models: every article comes back with no layers and the given NLP time. */
final class FakeNlpEngine implements NlpEngine {
    private final long nlpMillis;
    private final AtomicInteger annotated = new AtomicInteger();

    FakeNlpEngine(long nlpMillis) {
        this.nlpMillis = nlpMillis;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        annotated.incrementAndGet();
        return new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of(), nlpMillis);
    }

    @Override
    public long loadMillis() {
        return 1234;
    }

    int annotated() {
        return annotated.get();
    }
}
