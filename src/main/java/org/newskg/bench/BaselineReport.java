package org.newskg.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * The figures of a plain reference pipeline run over some of the bench corpus, one article at a time, to set newskg
 * against: see {@link BaselineBenchmark}.
 *
 * @param pipeline           what ran, e.g. CoreNLP's annotator list
 * @param articles           articles annotated and counted
 * @param loadMillis         loading its models
 * @param loadCpuMillis      CPU time of the process while loading them, negative if unknown
 * @param liveHeapBytes      heap in use after loading and a full collection: the resident models
 * @param elapsed            wall time of annotating the counted articles
 * @param latency            seconds per article
 * @param cpuMillis          CPU time of the process while annotating them, negative if unknown
 * @param peakHeapBytes      peak heap from loading to the end, see {@link HeapMeter}
 * @param gcMillis           garbage-collection time while annotating, negative if unknown
 * @param loadAverage        system load average over the last minute at the end, negative if unknown
 */
public record BaselineReport(String pipeline, int articles, long loadMillis, long loadCpuMillis,
                             long liveHeapBytes, Duration elapsed, LatencyStats latency, long cpuMillis,
                             long peakHeapBytes, long gcMillis, double loadAverage) {
    public BaselineReport {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(latency, "latency");
    }

    /** Articles annotated per minute of wall-clock time; 0 if no time passed. */
    public double articlesPerMinute() {
        return BenchRun.perSecond(articles, elapsed.toNanos() / 1e9) * 60;
    }

    /** CPU seconds per article; negative if unknown, 0 if no article was annotated. */
    public double cpuSecondsPerArticle() {
        if (cpuMillis < 0) {
            return -1;
        }
        return articles == 0 ? 0 : cpuMillis / 1000.0 / articles;
    }
}
