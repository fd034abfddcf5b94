package org.newskg.sys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.article.ArticleSource;
import org.newskg.article.ReadOptions;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.MentionType;
import org.newskg.nlp.NlpEngine;
import org.newskg.rdf.IriMinter;
import org.newskg.rdf.NkgFactMapper;
import org.newskg.store.KnowledgeStore;

/**
 * A large JSON Lines corpus is streamed: the reader hands each record on and keeps none, and the pipeline holds only a
 * few articles between reading and storing. No NLP models: the fake engine.
 */
class IngestStreamingTest {
    private static final int RECORDS = 100_000;
    /** About 600 characters of text per record: the corpus is about 65 MB, its articles well over 100 MB of heap. */
    private static final String TEXT = "Tom Baker visited Portmouth on a grey morning. ".repeat(12);

    @TempDir
    Path temp;

    @Test
    void readingAHundredThousandRecordsKeepsNoneOfThem() throws IOException {
        Path corpus = corpus(RECORDS);
        List<WeakReference<Article>> sample = new ArrayList<>();
        long[] heapAtFirst = {0};
        long[] growth = {0};
        int[] count = {0};

        ArticleSource.files().read(List.of(corpus), ReadOptions.defaults(), article -> {
            count[0]++;
            if (count[0] == 1) {
                heapAtFirst[0] = usedHeapAfterGc();
            }
            if (count[0] % 1_000 == 0) {
                sample.add(new WeakReference<>(article));
            }
            if (count[0] == RECORDS) {
                growth[0] = usedHeapAfterGc() - heapAtFirst[0];
            }
        }, problem -> {
            throw new AssertionError(problem.message());
        });

        assertThat(count[0]).isEqualTo(RECORDS);
        assertThat(growth[0]).as("heap grown while reading %d records of %d MB", RECORDS, Files.size(corpus) >> 20)
                .isLessThan(24L << 20);
        usedHeapAfterGc();
        assertThat(sample.stream().filter(reference -> reference.get() != null).count())
                .as("sampled articles still reachable after the reader moved on").isLessThanOrEqualTo(1);
    }

    @Test
    void thePipelineHoldsOnlyAFewArticlesBetweenReadingAndStoring() throws IOException {
        int records = 1_000;
        int threads = 3;
        Path corpus = corpus(records);
        AtomicInteger read = new AtomicInteger();
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger mostHeld = new AtomicInteger();
        NlpEngine nlp = FakeNlpEngine.of(Map.of("Tom Baker", MentionType.PERSON));
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
        IngestPipeline pipeline = IngestPipeline.create().nlp(nlp).extractor(new EntityExtractor())
                .mapper(new NkgFactMapper(iris), iris).store(new CountingStore(stored)).threads(threads)
                .problems(new ProblemReporter(new PrintWriter(new StringWriter()), false)).build();

        IngestSummary summary = pipeline.run(sink -> ArticleSource.files().read(List.of(corpus),
                ReadOptions.defaults(), article -> {
                    mostHeld.accumulateAndGet(read.incrementAndGet() - stored.get(), Math::max);
                    sink.accept(article);
                }, problem -> {
                    throw new AssertionError(problem.message());
                }));

        assertThat(summary.articles()).isEqualTo(records);
        assertThat(stored.get()).isEqualTo(records);
        assertThat(mostHeld.get()).as("articles read but not yet stored, at most").isBetween(1, 3 * threads);
    }

    private Path corpus(int records) throws IOException {
        Path corpus = temp.resolve("corpus-" + records + ".jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(corpus)) {
            for (int i = 0; i < records; i++) {
                out.write("{\"title\": \"Story " + i + "\", \"url\": \"https://news.example/" + i + "\", "
                        + "\"published\": \"2024-05-07T10:00:00Z\", \"text\": \"" + TEXT + "Day " + i + ".\"}\n");
            }
        }
        return corpus;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** A store that counts the graphs written to it and keeps nothing. */
    private record CountingStore(AtomicInteger stored) implements KnowledgeStore {
        @Override
        public long replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
            long[] quads = {0};
            writer.accept(new StreamRDFBase() {
                @Override
                public void quad(org.apache.jena.sparql.core.Quad quad) {
                    quads[0]++;
                }
            });
            stored.incrementAndGet();
            return quads[0];
        }

        @Override
        public <T> T read(Function<Dataset, T> reader) {
            throw new UnsupportedOperationException("nothing to read");
        }

        @Override
        public Optional<String> contentHash(String graphIri) {
            return Optional.empty();
        }

        @Override
        public long quadCount() {
            return 0;
        }

        @Override
        public long graphCount() {
            return stored.get();
        }

        @Override
        public void close() {
        }
    }
}
