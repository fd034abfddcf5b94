package org.newskg.it;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.newskg.article.Article;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.NlpEngine;
import org.newskg.nlp.corenlp.CoreNlpEngine;
import org.newskg.nlp.corenlp.CoreNlpSettings;
import org.newskg.sys.Models;

/**
 * One CoreNLP engine for the whole test JVM, created on first use in the root context store and closed when the
 * run ends. Command lines run with {@link #models()}, and Spark jobs whose executors load their engine with
 * {@link Loader}, then get this engine instead of loading the models again.
 */
public final class SharedCoreNlp implements BeforeAllCallback {
    /** The one engine of this test JVM (see Holder), for the loaders Spark makes by class name. */
    private static volatile NlpEngine shared;

    private NlpEngine engine;

    @Override
    public void beforeAll(ExtensionContext context) {
        engine = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Holder.class, key -> new Holder(), Holder.class).engine;
        shared = engine;
    }

    /** newskg's models with the shared engine, lent to each command that loads one. */
    public static Models models() {
        return new Models(new Loader(), Models.coreNlp().plain());
    }

    /** Lends the shared engine; a public class with a no-arg constructor, for Spark's executors in this JVM. */
    public static final class Loader implements Supplier<NlpEngine> {
        @Override
        public NlpEngine get() {
            if (shared == null) {
                throw new IllegalStateException("no shared CoreNLP engine: extend the test with SharedCoreNlp");
            }
            return new Borrowed(shared);
        }
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
