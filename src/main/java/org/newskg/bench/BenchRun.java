package org.newskg.bench;

import java.time.Duration;
import java.util.List;
import org.newskg.sys.IngestSummary;

/**
 * One ingest of the corpus into a fresh store with a given number of threads.
 *
 * @param threads       NLP worker threads
 * @param summary       what the pipeline reported: articles, triples, wall time and time per stage
 * @param latency       per-article latency (NLP + extraction + mapping and store), see {@link ArticleTiming}
 * @param peakHeapBytes peak heap during the run, see {@link HeapMeter}
 * @param cpuMillis     CPU time of the whole process during the run (all threads, GC included), negative if unknown
 * @param gcMillis      time the garbage collectors reported during the run, negative if unknown
 * @param loadAverage   system load average over the last minute at the end of the run, negative if unknown
 */
public record BenchRun(int threads, IngestSummary summary, LatencyStats latency, long peakHeapBytes,
                       long cpuMillis, long gcMillis, double loadAverage) {

    static BenchRun of(int threads, IngestSummary summary, List<ArticleTiming> timings, long peakHeapBytes,
                       long cpuMillis, long gcMillis, double loadAverage) {
        return new BenchRun(threads, summary, LatencyStats.of(timings.stream().map(ArticleTiming::totalMillis)
                .toList()), peakHeapBytes, cpuMillis, gcMillis, loadAverage);
    }

    public int articles() {
        return summary.articles();
    }

    public Duration elapsed() {
        return summary.elapsed();
    }

    /** Articles stored per minute of wall-clock time; 0 if no time passed. */
    public double articlesPerMinute() {
        return perSecond(summary.articles(), summary.elapsed().toNanos() / 1e9) * 60;
    }

    /** Triples written per second spent mapping and storing: the rate TDB2 takes them in. */
    public double triplesPerStoreSecond() {
        return perSecond(summary.triples(), summary.storeMillis() / 1000.0);
    }

    /** Triples written per second of wall-clock time, NLP included. */
    public double triplesPerWallSecond() {
        return perSecond(summary.triples(), summary.elapsed().toNanos() / 1e9);
    }

    /** CPU seconds the process used per article stored; negative if unknown, 0 if nothing was stored. */
    public double cpuSecondsPerArticle() {
        if (cpuMillis < 0) {
            return -1;
        }
        return summary.articles() == 0 ? 0 : cpuMillis / 1000.0 / summary.articles();
    }

    /** How many cores the process kept busy on average: CPU time over wall time; negative if unknown. */
    public double coresBusy() {
        if (cpuMillis < 0) {
            return -1;
        }
        return perSecond(cpuMillis / 1000.0, summary.elapsed().toNanos() / 1e9);
    }

    /** Time in all stages, summed over threads. */
    public long stageMillis() {
        return summary.nlpMillis() + summary.extractMillis() + summary.storeMillis();
    }

    /** The stage's share of {@link #stageMillis()}, in [0, 1]. */
    public double share(long millis) {
        long total = stageMillis();
        return total == 0 ? 0 : (double) millis / total;
    }

    static double perSecond(double count, double seconds) {
        return seconds <= 0 ? 0 : count / seconds;
    }
}
