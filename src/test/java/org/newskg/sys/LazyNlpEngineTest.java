package org.newskg.sys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.nlp.MentionType;
import org.newskg.nlp.NlpException;

class LazyNlpEngineTest {
    private static final Article ARTICLE = Article.of("Title", Optional.empty(), Optional.empty(), Optional.empty(),
            "Tom Baker spoke.", "a.txt");

    @Test
    void nothingIsLoadedUntilTheFirstArticle() {
        AtomicInteger loads = new AtomicInteger();
        LazyNlpEngine engine = new LazyNlpEngine(() -> {
            loads.incrementAndGet();
            return FakeNlpEngine.of(Map.of("Tom Baker", MentionType.PERSON));
        });

        assertThat(engine.isLoaded()).isFalse();
        assertThat(engine.loadMillis()).isZero();
        engine.close();
        assertThat(loads).hasValue(0);

        assertThat(engine.annotate(ARTICLE).mentions()).hasSize(1);
        assertThat(engine.isLoaded()).isTrue();
        assertThat(loads).hasValue(1);
    }

    @Test
    void manyThreadsLoadOneEngine() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        LazyNlpEngine engine = new LazyNlpEngine(() -> {
            loads.incrementAndGet();
            sleep(50);
            return FakeNlpEngine.of(Map.of());
        });
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(threads.submit(() -> engine.annotate(ARTICLE)));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(loads).hasValue(1);
    }

    /** Loading CoreNLP takes tens of seconds; a load that failed is not tried again for every article. */
    @Test
    void aLoadThatFailedIsNotRetriedForEachArticle() {
        AtomicInteger loads = new AtomicInteger();
        LazyNlpEngine engine = new LazyNlpEngine(() -> {
            loads.incrementAndGet();
            throw new IllegalStateException("models not on the classpath");
        });

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> engine.annotate(ARTICLE)).isInstanceOf(NlpException.class)
                    .hasMessage("could not load the NLP engine: models not on the classpath")
                    .hasRootCauseMessage("models not on the classpath");
        }
        assertThat(loads).hasValue(1);
        assertThat(engine.isLoaded()).isFalse();
    }

    @Test
    void aLoaderThatExplainsItsFailureIsPassedOnAsItIs() {
        NlpException explained = new NlpException("could not load the CoreNLP models: Java heap space. Check that "
                + "the models jars are on the classpath and the heap is at least 4 GB.", null);
        LazyNlpEngine engine = new LazyNlpEngine(() -> {
            throw explained;
        });

        assertThatThrownBy(() -> engine.annotate(ARTICLE)).isSameAs(explained);
        assertThatThrownBy(() -> engine.annotate(ARTICLE)).isSameAs(explained);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
