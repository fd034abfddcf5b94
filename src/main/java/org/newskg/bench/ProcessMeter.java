package org.newskg.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * CPU and garbage-collection time of this JVM, as counters to subtract. CPU time says how much of the machine a run
 * actually got, which matters when other processes share the cores: wall time then overstates the cost of an
 * article, CPU time much less so. Stateless and thread-safe.
 */
final class ProcessMeter {
    private ProcessMeter() {
    }

    /** CPU time of the whole process so far (all threads, GC and JIT included), or -1 if the JVM does not say. */
    static long cpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) {
            return hotspot.getProcessCpuTime();
        }
        return -1;
    }

    /** Time the collectors report having spent so far, summed over collectors; -1 if none reports. */
    static long gcMillis() {
        long total = -1;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            long time = gc.getCollectionTime();
            if (time >= 0) {
                total = Math.max(total, 0) + time;
            }
        }
        return total;
    }

    /** {@code after - before}, or -1 if either is unknown. */
    static long delta(long before, long after) {
        return before < 0 || after < 0 ? -1 : after - before;
    }
}
