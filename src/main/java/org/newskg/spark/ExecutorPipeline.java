package org.newskg.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.newskg.extract.FactExtractor;
import org.newskg.nlp.NlpEngine;
import org.newskg.sys.NewsKg;

/**
 * The NLP engine and the extractor of one executor JVM, created on first use and then shared by every partition and
 * task the executor runs: the CoreNLP models load once per JVM, not once per partition. The engine loads its models
 * when the first article arrives and is never closed; it lives as long as the executor. Thread-safe.
 */
final class ExecutorPipeline {
    private static final AtomicInteger CREATED = new AtomicInteger();
    private static volatile ExecutorPipeline instance;

    private final NlpEngine nlp;
    private final FactExtractor extractor;

    private ExecutorPipeline() {
        this.nlp = NewsKg.loadNlp();
        this.extractor = NewsKg.extractor();
        CREATED.incrementAndGet();
    }

    /** The pipeline of this JVM. */
    static ExecutorPipeline get() {
        ExecutorPipeline pipeline = instance;
        if (pipeline == null) {
            synchronized (ExecutorPipeline.class) {
                pipeline = instance;
                if (pipeline == null) {
                    pipeline = new ExecutorPipeline();
                    instance = pipeline;
                }
            }
        }
        return pipeline;
    }

    /** How many pipelines this JVM has created: 1 once any task ran, however many partitions it ran. */
    static int created() {
        return CREATED.get();
    }

    /**
     * Forgets this JVM's pipeline, so that the next task creates one with the NLP loader then in place
     * ({@code NewsKg.useNlpLoader}); for tests that run jobs with different engines in one JVM.
     */
    static synchronized void reset() {
        instance = null;
        CREATED.set(0);
    }

    NlpEngine nlp() {
        return nlp;
    }

    FactExtractor extractor() {
        return extractor;
    }
}
