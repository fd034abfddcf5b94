package org.newskg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Percentiles of per-article latencies, in milliseconds. Percentiles use the nearest-rank method: the p-th
 * percentile of n values is the ⌈p·n/100⌉-th smallest, always one of the measured values.
 *
 * @param count      how many latencies were measured
 * @param p50Millis  the median
 * @param p95Millis  the 95th percentile
 * @param maxMillis  the slowest
 */
public record LatencyStats(int count, long p50Millis, long p95Millis, long maxMillis) {
    public static final LatencyStats NONE = new LatencyStats(0, 0, 0, 0);

    public static LatencyStats of(List<Long> millis) {
        if (millis.isEmpty()) {
            return NONE;
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new LatencyStats(sorted.size(), percentile(sorted, 50), percentile(sorted, 95),
                sorted.get(sorted.size() - 1));
    }

    /**
     * The nearest-rank percentile of sorted, non-empty values.
     *
     * @param percent in (0, 100]
     */
    static long percentile(List<Long> sorted, double percent) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be in (0, 100] but was " + percent);
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
