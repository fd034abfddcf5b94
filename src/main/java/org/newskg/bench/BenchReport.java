package org.newskg.bench;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The figures of one benchmark: model loading, then one {@link BenchRun} per thread count.
 *
 * @param date               when the benchmark started
 * @param machine            what it ran on
 * @param command            the command line that ran it, to reproduce it
 * @param corpus             where the articles came from, e.g. {@code ../shared/dev/articles}
 * @param distinctArticles   how many distinct articles were read
 * @param totalArticles      how many articles each run ingests, copies included
 * @param warmupArticles     articles ingested before measuring, not counted
 * @param loadMillis         loading the NLP models
 * @param loadCpuMillis      CPU time of the process while loading them, negative if unknown
 * @param loadPeakHeapBytes  peak heap while loading, see {@link HeapMeter}
 * @param liveHeapBytes      heap in use after loading and a full collection: the resident models
 * @param runs               one per thread count, in the order asked
 */
public record BenchReport(OffsetDateTime date, Machine machine, String command, String corpus,
                          int distinctArticles, int totalArticles, int warmupArticles, long loadMillis,
                          long loadCpuMillis, long loadPeakHeapBytes, long liveHeapBytes, List<BenchRun> runs) {
    public BenchReport {
        runs = List.copyOf(runs);
    }

    /** The run with one thread if there is one, else the first: what speedups are relative to. */
    public Optional<BenchRun> baseline() {
        return runs.stream().filter(r -> r.threads() == 1).findFirst().or(() -> runs.stream().findFirst());
    }

    /** Articles per minute of the run relative to the {@link #baseline()}; 0 when the baseline did nothing. */
    public double speedup(BenchRun run) {
        double base = baseline().map(BenchRun::articlesPerMinute).orElse(0.0);
        return base == 0 ? 0 : run.articlesPerMinute() / base;
    }
}
