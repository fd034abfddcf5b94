package org.newskg.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newskg.article.Article;
import org.newskg.nlp.PlainAnnotation;
import org.newskg.nlp.PlainNlpEngine;

/**
 * Runs a plain reference pipeline ({@link PlainNlpEngine}) over the first articles of the bench corpus, one at a
 * time, and measures it as {@link Benchmark} measures newskg: model load (wall, CPU, live heap), then articles per
 * minute, seconds per article and peak heap. It warms up on a one-line probe and the first article, not counted.
 *
 * <pre>{@code
 * BaselineReport plain = BaselineBenchmark.create(NewsKg::loadPlainNlp, articles.subList(0, 15))
 *         .status(System.err::println).run();
 * }</pre>
 *
 * <p>Run it after newskg's own engine is closed: the heap figures are the whole JVM's. The engine is closed at the
 * end. Not thread-safe.
 */
public final class BaselineBenchmark {
    private static final Article PROBE = Article.of("newskg bench probe", Optional.empty(), Optional.empty(),
            Optional.empty(), "Ada Lovelace visited London on Monday.", "newskg-bench-probe");

    private final Supplier<PlainNlpEngine> loader;
    private final List<Article> articles;
    private final HeapMeter heap = new HeapMeter();
    private Consumer<String> status = message -> { };

    private BaselineBenchmark(Supplier<PlainNlpEngine> loader, List<Article> articles) {
        this.loader = loader;
        this.articles = articles;
    }

    /** A benchmark of the engine {@code loader} gives over {@code articles} (at least one). */
    public static BaselineBenchmark create(Supplier<PlainNlpEngine> loader, List<Article> articles) {
        Objects.requireNonNull(loader, "loader");
        if (articles.isEmpty()) {
            throw new IllegalStateException("BaselineBenchmark needs at least one article");
        }
        return new BaselineBenchmark(loader, List.copyOf(articles));
    }

    /** Receives a line as each phase starts and each article ends. */
    public BaselineBenchmark status(Consumer<String> status) {
        this.status = Objects.requireNonNull(status, "status");
        return this;
    }

    public BaselineReport run() {
        System.gc();
        heap.resetPeaks();
        status.accept("loading the baseline's models");
        long cpu = ProcessMeter.cpuNanos();
        try (PlainNlpEngine engine = loader.get()) {
            long loadCpu = ProcessMeter.delta(cpu, ProcessMeter.cpuNanos());
            engine.annotate(PROBE);
            long live = heap.liveBytesAfterGc();
            status.accept("baseline loaded in " + ReportFormat.seconds(engine.loadMillis()) + "; warming up on "
                    + articles.get(0).title());
            engine.annotate(articles.get(0));
            return measure(engine, loadCpu < 0 ? -1 : loadCpu / 1_000_000, live);
        }
    }

    private BaselineReport measure(PlainNlpEngine engine, long loadCpuMillis, long live) {
        long cpu = ProcessMeter.cpuNanos();
        long gc = ProcessMeter.gcMillis();
        long start = System.nanoTime();
        List<Long> millis = new ArrayList<>();
        for (Article article : articles) {
            PlainAnnotation annotation = engine.annotate(article);
            millis.add(annotation.millis());
            status.accept("baseline: " + millis.size() + "/" + articles.size() + " "
                    + ReportFormat.seconds(annotation.millis()) + " " + article.title());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        long cpuNanos = ProcessMeter.delta(cpu, ProcessMeter.cpuNanos());
        return new BaselineReport(engine.describe(), articles.size(), engine.loadMillis(), loadCpuMillis, live,
                elapsed, LatencyStats.of(millis), cpuNanos < 0 ? -1 : cpuNanos / 1_000_000, heap.peakBytes(),
                ProcessMeter.delta(gc, ProcessMeter.gcMillis()),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
