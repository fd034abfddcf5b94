package org.newskg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.newskg.extract.FactExtractor;
import org.newskg.extract.Facts;
import org.newskg.rdf.IriMinter;
import org.newskg.store.KnowledgeStore;

/**
 * Records each article's stage times while an unchanged {@code IngestPipeline} runs, by wrapping the extractor and
 * the store it is given. NLP and extraction times come from {@link Facts}; the store time is measured around
 * {@link KnowledgeStore#replaceGraph}, which runs the RDF mapping and the write in one transaction.
 *
 * <p>Thread-safe; use one recorder per run.
 */
final class TimingRecorder {
    private final Map<String, Facts> facts = new ConcurrentHashMap<>();
    private final Map<String, Long> storeMillisByGraph = new ConcurrentHashMap<>();

    FactExtractor timed(FactExtractor extractor) {
        return annotated -> {
            Facts result = extractor.extract(annotated);
            facts.put(result.article().id(), result);
            return result;
        };
    }

    KnowledgeStore timed(KnowledgeStore store) {
        return new TimedStore(store);
    }

    /** The timings of the articles that reached the store, in no particular order. */
    List<ArticleTiming> timings(IriMinter iris) {
        List<ArticleTiming> result = new ArrayList<>();
        for (Facts article : facts.values()) {
            Long storeMillis = storeMillisByGraph.get(iris.article(article.article().id()).getURI());
            if (storeMillis != null) {
                result.add(new ArticleTiming(article.article().id(), article.nlpMillis(), article.extractMillis(),
                        storeMillis));
            }
        }
        return result;
    }

    private final class TimedStore implements KnowledgeStore {
        private final KnowledgeStore store;

        TimedStore(KnowledgeStore store) {
            this.store = store;
        }

        @Override
        public long replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
            long start = System.nanoTime();
            long triples = store.replaceGraph(graphIri, writer);
            storeMillisByGraph.put(graphIri, (System.nanoTime() - start) / 1_000_000);
            return triples;
        }

        @Override
        public <T> T read(Function<Dataset, T> reader) {
            return store.read(reader);
        }

        @Override
        public long quadCount() {
            return store.quadCount();
        }

        @Override
        public long graphCount() {
            return store.graphCount();
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
