package org.newskg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap use of this JVM, from the memory-pool beans. The peak is the sum of each heap pool's peak since the last
 * {@link #resetPeaks()}: an upper bound, since the pools need not peak at the same moment, and it counts garbage not
 * yet collected. Not thread-safe in the sense that resets from two threads interfere.
 */
final class HeapMeter {
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
            .toList();

    void resetPeaks() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    long peakBytes() {
        return heapPools.stream().filter(MemoryPoolMXBean::isValid)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** Heap in use after asking for a full collection: roughly what is live, models included. */
    long liveBytesAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
