package org.newskg.sys;

import java.util.function.Supplier;
import org.newskg.article.Article;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.NlpEngine;

/**
 * Loads the real engine on the first article, so a run whose inputs are all bad fails at once instead of after the
 * models have loaded. Thread-safe: the engine is loaded once, however many threads ask.
 */
public final class LazyNlpEngine implements NlpEngine {
    private final Supplier<NlpEngine> loader;
    private volatile NlpEngine engine;

    public LazyNlpEngine(Supplier<NlpEngine> loader) {
        this.loader = loader;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        return engine().annotate(article);
    }

    @Override
    public long loadMillis() {
        NlpEngine loaded = engine;
        return loaded == null ? 0 : loaded.loadMillis();
    }

    public boolean isLoaded() {
        return engine != null;
    }

    private NlpEngine engine() {
        NlpEngine loaded = engine;
        if (loaded == null) {
            synchronized (this) {
                loaded = engine;
                if (loaded == null) {
                    loaded = loader.get();
                    engine = loaded;
                }
            }
        }
        return loaded;
    }

    @Override
    public void close() {
        NlpEngine loaded = engine;
        if (loaded != null) {
            loaded.close();
        }
    }
}
