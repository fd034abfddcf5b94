package org.newskg.it;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.newskg.article.Article;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.NlpEngine;
import org.newskg.nlp.corenlp.CoreNlpEngine;
import org.newskg.nlp.corenlp.CoreNlpSettings;
import org.newskg.sys.NewsKg;

/**
 * One CoreNLP engine for the whole test JVM, created on first use in the root context store and closed when the
 * run ends. Every {@code NewsKg.loadNlp()} in the tests then hands out this engine instead of loading the models again.
 */
public final class SharedCoreNlp implements BeforeAllCallback {

    private NlpEngine engine;

    @Override
    public void beforeAll(ExtensionContext context) {
        engine = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Holder.class, key -> new Holder(), Holder.class).engine;
        NlpEngine shared = engine;
        Supplier<NlpEngine> loader = () -> new Borrowed(shared);
        NewsKg.useNlpLoader(loader);
    }

    /** The shared engine; set once the extension has run for the test class. */
    public NlpEngine engine() {
        return engine;
    }

    private static final class Holder implements ExtensionContext.Store.CloseableResource {
        private final CoreNlpEngine engine = CoreNlpEngine.load(CoreNlpSettings.defaults());

        @Override
        public void close() {
            engine.close();
        }
    }

    /** The shared engine, lent to one command: closing it does not close the engine. */
    private record Borrowed(NlpEngine engine) implements NlpEngine {
        @Override
        public AnnotatedArticle annotate(Article article) {
            return engine.annotate(article);
        }

        @Override
        public long loadMillis() {
            return engine.loadMillis();
        }

        @Override
        public void close() {
        }
    }
}
