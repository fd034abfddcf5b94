package org.newskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newskg.article.Article;
import org.newskg.nlp.NlpEngine;
import org.newskg.rdf.IriMinter;
import org.newskg.store.Tdb2KnowledgeStore;
import org.newskg.sys.IngestPipeline;
import org.newskg.sys.IngestSummary;
import org.newskg.sys.NewsKg;
import org.newskg.sys.ProblemReporter;

/**
 * Measures the ingest pipeline: loads the NLP models once, ingests a few articles to warm up, then for each thread
 * count ingests the whole corpus through {@link IngestPipeline} into a fresh TDB2 store in a temporary directory,
 * deleted afterwards. Extraction, mapping and storage are the defaults of {@link NewsKg}.
 *
 * <pre>{@code
 * BenchReport report = Benchmark.create().nlp(Models.coreNlp().loadNlp()).corpus("dev", articles, 30)
 *         .threads(List.of(1, 2)).problems(problems).build().run();
 * }</pre>
 *
 * <p>One run at a time: the heap figures are for the whole JVM. The engine is not closed.
 */
public final class Benchmark {
    private static final Article PROBE = Article.of("newskg bench probe", Optional.empty(), Optional.empty(),
            Optional.empty(), "Ada Lovelace visited London on Monday.", "newskg-bench-probe");

    private final Builder settings;
    private final IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
    private final HeapMeter heap = new HeapMeter();

    private Benchmark(Builder settings) {
        this.settings = settings;
    }

    public static Builder create() {
        return new Builder();
    }

    public BenchReport run() {
        OffsetDateTime date = OffsetDateTime.now();
        Machine machine = Machine.current();
        List<Article> corpus = BenchCorpus.repeat(settings.articles, settings.total);
        Path directory = tempDirectory();
        try {
            long cpu = ProcessMeter.cpuNanos();
            long loadMillis = load();
            long loadCpuNanos = ProcessMeter.delta(cpu, ProcessMeter.cpuNanos());
            long loadPeak = heap.peakBytes();
            long live = heap.liveBytesAfterGc();
            List<Article> warmup = corpus.subList(0, Math.min(settings.warmup, corpus.size()));
            if (!warmup.isEmpty()) {
                settings.status.accept("warming up on " + warmup.size() + " articles");
                ingest(warmup, 1, directory.resolve("warmup"), new TimingRecorder());
            }
            List<BenchRun> runs = new ArrayList<>();
            for (int threads : settings.threads) {
                settings.status.accept("ingesting " + corpus.size() + " articles with " + threads + " thread"
                        + (threads == 1 ? "" : "s"));
                runs.add(measure(corpus, threads, directory.resolve("run-" + runs.size() + "-" + threads)));
                settings.status.accept(runs.get(runs.size() - 1).summary().line());
            }
            return new BenchReport(date, machine, settings.command, settings.corpusName, settings.articles.size(),
                    corpus.size(), warmup.size(), loadMillis, loadCpuNanos < 0 ? -1 : loadCpuNanos / 1_000_000,
                    loadPeak, live, runs);
        } finally {
            deleteRecursively(directory);
        }
    }

    /** Forces the models to load by annotating a one-line probe; returns the engine's load time. */
    private long load() {
        settings.status.accept("loading the NLP models");
        System.gc();
        heap.resetPeaks();
        long start = System.nanoTime();
        settings.nlp.annotate(PROBE);
        long wallMillis = (System.nanoTime() - start) / 1_000_000;
        return settings.nlp.loadMillis() > 0 ? settings.nlp.loadMillis() : wallMillis;
    }

    private BenchRun measure(List<Article> corpus, int threads, Path directory) {
        System.gc();
        heap.resetPeaks();
        TimingRecorder recorder = new TimingRecorder();
        long cpu = ProcessMeter.cpuNanos();
        long gc = ProcessMeter.gcMillis();
        IngestSummary summary = ingest(corpus, threads, directory, recorder);
        long cpuNanos = ProcessMeter.delta(cpu, ProcessMeter.cpuNanos());
        long cpuMillis = cpuNanos < 0 ? -1 : cpuNanos / 1_000_000;
        long gcMillis = ProcessMeter.delta(gc, ProcessMeter.gcMillis());
        long peak = heap.peakBytes();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return BenchRun.of(threads, summary, recorder.timings(iris), peak, cpuMillis, gcMillis, load);
    }

    private IngestSummary ingest(List<Article> articles, int threads, Path directory, TimingRecorder recorder) {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(directory)) {
            IngestPipeline pipeline = IngestPipeline.create().nlp(settings.nlp)
                    .extractor(recorder.timed(NewsKg.extractor())).mapper(NewsKg.mapper(iris), iris)
                    .store(recorder.timed(store)).threads(threads).problems(settings.problems).build();
            return pipeline.run(sink -> articles.forEach(sink));
        }
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("newskg-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the benchmark stores", e);
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the benchmark stores in " + directory, e);
        }
    }

    /**
     * Configures a {@link Benchmark}; nlp, corpus and problems are required. Defaults: threads 1 and 2, warm-up 15
     * articles (capped at the corpus), no status messages. After 4 warm-up articles the first measured run used 1.5
     * times the CPU per article of a later one; 15 narrowed the gap (docs/benchmarks.md).
     */
    public static final class Builder {
        private NlpEngine nlp;
        private String corpusName;
        private List<Article> articles;
        private int total;
        private List<Integer> threads = List.of(1, 2);
        private int warmup = 15;
        private ProblemReporter problems;
        private String command = "newskg bench";
        private Consumer<String> status = message -> { };

        public Builder nlp(NlpEngine nlp) {
            this.nlp = nlp;
            return this;
        }

        /** The distinct articles, repeated to {@code total} by {@link BenchCorpus#repeat}; name says where from. */
        public Builder corpus(String name, List<Article> articles, int total) {
            this.corpusName = name;
            this.articles = List.copyOf(articles);
            this.total = total;
            return this;
        }

        public Builder threads(List<Integer> threads) {
            this.threads = List.copyOf(threads);
            return this;
        }

        public Builder warmup(int articles) {
            this.warmup = articles;
            return this;
        }

        public Builder problems(ProblemReporter problems) {
            this.problems = problems;
            return this;
        }

        /** The command line to print in the report. */
        public Builder command(String command) {
            this.command = command;
            return this;
        }

        /** Receives a line when each phase starts and ends, for a long run to show it is alive. */
        public Builder status(Consumer<String> status) {
            this.status = status;
            return this;
        }

        public Benchmark build() {
            if (nlp == null || articles == null || problems == null) {
                throw new IllegalStateException("Benchmark needs " + (nlp == null ? "nlp"
                        : articles == null ? "corpus" : "problems"));
            }
            if (articles.isEmpty() || total < 1) {
                throw new IllegalStateException("Benchmark needs at least one article and a total of at least 1");
            }
            if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
                throw new IllegalStateException("threads must be at least 1 each but were " + threads);
            }
            if (warmup < 0) {
                throw new IllegalStateException("warmup must be at least 0 but was " + warmup);
            }
            return new Benchmark(this);
        }
    }
}
