package org.newskg.sys;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.newskg.article.Article;
import org.newskg.nlp.MentionType;
import org.newskg.nlp.NlpEngine;

/**
 * {@link Models} whose NLP engine is a {@link FakeNlpEngine}, counted per test, so that no test ever loads CoreNLP.
 * Tests hand {@link #models()} to the command line they run.
 *
 * <pre>{@code
 * @RegisterExtension
 * final FakeNlpLoader nlp = FakeNlpLoader.with(Map.of("Ana Ruiz", MentionType.PERSON));
 * ... Main.run(nlp.models(), out, err, "ingest", ...)
 * }</pre>
 *
 * <p>{@link #forbidden()} makes loading an engine fail the test: runs over bad input must not load models.
 */
public final class FakeNlpLoader implements BeforeEachCallback, AfterEachCallback {
    private final Map<String, MentionType> names;
    private final boolean forbidden;
    private final AtomicInteger loads = new AtomicInteger();
    private volatile Predicate<Article> failOn = article -> false;
    private volatile FakeNlpEngine engine;

    private FakeNlpLoader(Map<String, MentionType> names, boolean forbidden) {
        this.names = names;
        this.forbidden = forbidden;
    }

    /** Loads a fake engine that marks these names. */
    public static FakeNlpLoader with(Map<String, MentionType> names) {
        return new FakeNlpLoader(names, false);
    }

    /** Fails the test if any engine is loaded. */
    public static FakeNlpLoader forbidden() {
        return new FakeNlpLoader(Map.of(), true);
    }

    /** Engines loaded from now on throw for the articles {@code failOn} accepts. */
    public void failOn(Predicate<Article> failOn) {
        this.failOn = failOn;
    }

    /** Models whose NLP engine is this fake one (and whose baseline must not be loaded). */
    public Models models() {
        return new Models(this::load, () -> {
            throw new AssertionError("the baseline was loaded by a test that gives no fake baseline");
        });
    }

    private NlpEngine load() {
        loads.incrementAndGet();
        if (forbidden) {
            throw new AssertionError("the NLP engine was loaded, but no article is good enough to need it");
        }
        engine = FakeNlpEngine.of(names).failingOn(failOn);
        return engine;
    }

    /** How many times an engine was loaded in this test. */
    public int loads() {
        return loads.get();
    }

    /** The engine loaded last, or null. */
    public FakeNlpEngine engine() {
        return engine;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        loads.set(0);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (forbidden && loads.get() > 0 && context.getExecutionException().isEmpty()) {
            throw new AssertionError("the NLP engine was loaded " + loads.get() + " time(s) in a run over bad input");
        }
    }
}
