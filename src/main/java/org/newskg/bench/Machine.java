package org.newskg.bench;

import java.lang.management.ManagementFactory;

/**
 * What the benchmark ran on.
 *
 * @param cores        processors available to the JVM
 * @param maxHeapBytes the JVM's maximum heap ({@code -Xmx})
 * @param java         Java runtime name and version
 * @param os           operating system and architecture
 * @param loadAverage  the system load average over the last minute when the benchmark started, or negative if
 *                     unknown; above the core count means other processes competed for the CPU
 */
public record Machine(int cores, long maxHeapBytes, String java, String os, double loadAverage) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
                System.getProperty("java.runtime.name", "Java") + " " + System.getProperty("java.runtime.version",
                        System.getProperty("java.version")),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
