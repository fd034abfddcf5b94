package org.newskg.cli;

import java.util.Locale;
import java.util.function.LongSupplier;

/** What {@code evaluate --baseline} and {@code bench --baseline} check before loading a plain pipeline. */
final class BaselineOptions {
    /** CoreNLP's full pipeline runs out of memory under 4 GB and crawls under 5 GB (corenlp-facts.md). */
    static final long MIN_HEAP_BYTES = 11L << 29;

    /** The JVM's maximum heap; tests replace it. */
    static LongSupplier maxHeap = () -> Runtime.getRuntime().maxMemory();

    private BaselineOptions() {
    }

    /**
     * Fails with one line saying what to do when {@code maxHeapBytes} (the JVM's {@code Runtime.maxMemory()}) is
     * below {@link #MIN_HEAP_BYTES}.
     */
    static void requireHeap(String option, long maxHeapBytes) {
        if (maxHeapBytes < MIN_HEAP_BYTES) {
            throw new UserInputException(option + ": CoreNLP's full pipeline needs about 6 GB of heap but this JVM "
                    + "has at most " + String.format(Locale.ROOT, "%.1f", maxHeapBytes / (double) (1L << 30))
                    + " GiB. Run it with ./newskg, which gives it 7g, or java -Xmx7g -XX:+UseG1GC.");
        }
    }
}
