package org.newskg.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.newskg.extract.FactExtractor;
import org.newskg.nlp.NlpEngine;
import org.newskg.sys.LazyNlpEngine;
import org.newskg.sys.NewsKg;

/**
 * The NLP engine and the extractor of one executor JVM, created on first use and then shared by every partition and
 * task the executor runs: the CoreNLP models load once per JVM, not once per partition. The engine is made by the
 * loader class the job names ({@link JobSettings#nlpLoader()}), one per loader class; it loads its models when the
 * first article arrives and is never closed; it lives as long as the executor. Thread-safe.
 */
final class ExecutorPipeline {
    private static final AtomicInteger CREATED = new AtomicInteger();
    private static final Map<String, ExecutorPipeline> BY_LOADER = new ConcurrentHashMap<>();

    private final NlpEngine nlp;
    private final FactExtractor extractor;

    private ExecutorPipeline(String nlpLoader) {
        this.nlp = new LazyNlpEngine(loader(nlpLoader));
        this.extractor = NewsKg.extractor();
        CREATED.incrementAndGet();
    }

    /** The pipeline of this JVM whose engine the class named {@code nlpLoader} loads. */
    static ExecutorPipeline get(String nlpLoader) {
        return BY_LOADER.computeIfAbsent(nlpLoader, ExecutorPipeline::new);
    }

    @SuppressWarnings("unchecked")
    private static Supplier<NlpEngine> loader(String className) {
        try {
            return (Supplier<NlpEngine>) Class.forName(className).asSubclass(Supplier.class).getConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("NLP loader '" + className + "' is not a Supplier<NlpEngine> with a "
                    + "public no-arg constructor on the executor's class path: " + e, e);
        }
    }

    /** How many pipelines this JVM has created: 1 once any task ran, however many partitions it ran. */
    static int created() {
        return CREATED.get();
    }

    /** Forgets this JVM's pipelines and their count; for tests that count the pipelines one job creates. */
    static void reset() {
        BY_LOADER.clear();
        CREATED.set(0);
    }

    NlpEngine nlp() {
        return nlp;
    }

    FactExtractor extractor() {
        return extractor;
    }
}
