package org.newskg.sys;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where per-article problems go. The default policy skips the article, counts it and goes on; the caller decides at
 * the end what the count means for the exit code.
 *
 * <p>Thread-safe.
 */
public final class ProblemReporter {
    private final PrintWriter err;
    private final boolean verbose;
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger warnings = new AtomicInteger();

    public ProblemReporter(PrintWriter err, boolean verbose) {
        this.err = err;
        this.verbose = verbose;
    }

    public void error(String message) {
        errors.incrementAndGet();
        print("error", message, null);
    }

    public void error(String message, Throwable cause) {
        errors.incrementAndGet();
        print("error", message, cause);
    }

    public void warning(String message) {
        warnings.incrementAndGet();
        print("warning", message, null);
    }

    public int errors() {
        return errors.get();
    }

    public int warnings() {
        return warnings.get();
    }

    private synchronized void print(String level, String message, Throwable cause) {
        err.println("newskg: " + level + ": " + message);
        if (verbose && cause != null) {
            cause.printStackTrace(err);
        }
        err.flush();
    }
}
