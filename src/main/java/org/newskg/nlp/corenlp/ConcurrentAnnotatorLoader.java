package org.newskg.nlp.corenlp;

import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.AnnotatorPool;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Lazy;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds a {@link StanfordCoreNLP} pipeline with its annotators' models loaded on several threads at once.
 *
 * <p>{@code new StanfordCoreNLP(props)} builds its annotators one after the other, each reading its own models (NER
 * about 11 s, coreference about 8 s, the dependency parser and the tagger a few). Each annotator is created through a
 * {@link Lazy} that CoreNLP keeps in {@link StanfordCoreNLP#GLOBAL_ANNOTATOR_CACHE}, keyed by the annotator's name
 * and the signature of its properties, and registered in the {@link AnnotatorPool} of those properties. This class
 * asks for that pool, forces each annotator's {@code Lazy} on a thread of its own (the costliest first, on as many
 * threads as there are cores), and then builds the pipeline from the same pool, so that the pipeline takes the
 * annotators already built: the same objects, with the same properties, that a sequential build would make.
 */
final class ConcurrentAnnotatorLoader {
    /** The annotators whose models take longest to load, costliest first; others follow in pipeline order. */
    private static final List<String> COSTLIEST = List.of("ner", "coref", "depparse", "parse", "pos");

    private ConcurrentAnnotatorLoader() {
    }

    static StanfordCoreNLP load(Properties props, int threads) {
        AnnotatorPool pool = StanfordCoreNLP.getDefaultAnnotatorPool(props, new AnnotatorImplementations());
        List<Lazy<Annotator>> lazies = new ArrayList<>();
        for (String name : byCost(props.getProperty("annotators"))) {
            Lazy<Annotator> lazy = StanfordCoreNLP.GLOBAL_ANNOTATOR_CACHE.get(
                    new StanfordCoreNLP.AnnotatorSignature(name, PropertiesUtils.getSignature(name, props)));
            if (lazy != null) {
                lazies.add(lazy);
            }
        }
        List<Annotator> built = buildAll(lazies, Math.max(1, Math.min(threads, lazies.size())));
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props, true, pool);
        // The cache holds soft references: keep the annotators reachable until the pipeline holds them.
        java.lang.ref.Reference.reachabilityFence(built);
        return pipeline;
    }

    /** The annotator names of a comma-separated list, the costliest first. */
    static List<String> byCost(String annotators) {
        List<String> names = Arrays.stream(annotators.split("[,\\s]+")).map(String::strip)
                .filter(n -> !n.isEmpty()).distinct().toList();
        return names.stream().sorted(Comparator.comparingInt(n -> COSTLIEST.contains(n) ? COSTLIEST.indexOf(n)
                : COSTLIEST.size() + names.indexOf(n))).toList();
    }

    private static List<Annotator> buildAll(List<Lazy<Annotator>> lazies, int threads) {
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "newskg-corenlp-load");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Annotator>> futures = lazies.stream().map(lazy -> executor.submit(lazy::get)).toList();
            List<Annotator> built = new ArrayList<>();
            for (Future<Annotator> future : futures) {
                built.add(future.get());
            }
            return built;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the CoreNLP models", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            executor.shutdownNow();
        }
    }
}
