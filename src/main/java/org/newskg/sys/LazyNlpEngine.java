package org.newskg.sys;

import java.util.function.Supplier;
import org.newskg.article.Article;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.NlpEngine;
import org.newskg.nlp.NlpException;

/**
 * Loads the real engine on the first article, so a run whose inputs are all bad fails at once instead of after the
 * models have loaded. Thread-safe: the engine is loaded once, however many threads ask; if loading fails, every
 * article gets that failure without another attempt.
 */
public final class LazyNlpEngine implements NlpEngine {
    private final Supplier<NlpEngine> loader;
    private volatile NlpEngine engine;
    private RuntimeException failure;

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

    @Override
    public boolean isLoaded() {
        return engine != null;
    }

    private NlpEngine engine() {
        NlpEngine loaded = engine;
        if (loaded == null) {
            synchronized (this) {
                loaded = engine;
                if (loaded == null) {
                    loaded = load();
                    engine = loaded;
                }
            }
        }
        return loaded;
    }

    /** Loads once: a failed load is remembered and rethrown for every later article instead of being retried. */
    private NlpEngine load() {
        if (failure != null) {
            throw failure;
        }
        try {
            return loader.get();
        } catch (RuntimeException e) {
            failure = e instanceof NlpException ? e
                    : new NlpException("could not load the NLP engine: " + e.getMessage(), e);
            throw failure;
        }
    }

    @Override
    public void close() {
        NlpEngine loaded = engine;
        if (loaded != null) {
            loaded.close();
        }
    }
}
