package org.newskg.sys;

/** Hears how far an ingest run has got; the CLI shows it as a progress bar. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
    };

    default void articleDone(String source) {
    }

    default void articleSkipped(String source) {
    }
}
