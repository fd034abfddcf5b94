package org.newskg.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * What the live server has done: the last articles stored and the last failures (at most {@value #KEPT} each, newest
 * first), totals since it started, and when it started. Thread-safe.
 */
public final class LiveStatus {
    static final int KEPT = 20;

    private final Instant started = Instant.now();
    private final Deque<ArticleOutcome> stored = new ArrayDeque<>();
    private final Deque<ArticleOutcome> failed = new ArrayDeque<>();
    private long storedTotal;
    private long failedTotal;

    synchronized void record(ArticleOutcome outcome) {
        if (outcome.status() == ArticleOutcome.Status.UNCHANGED) {
            return;
        }
        Deque<ArticleOutcome> recent = outcome.stored() ? stored : failed;
        recent.addFirst(outcome);
        while (recent.size() > KEPT) {
            recent.removeLast();
        }
        if (outcome.stored()) {
            storedTotal++;
        } else {
            failedTotal++;
        }
    }

    /**
     * A consistent view.
     *
     * @param queued        articles files waiting or in progress
     * @param modelLoadTime how long the NLP models took to load, once they are loaded
     */
    public synchronized Snapshot snapshot(int queued, Optional<Duration> modelLoadTime) {
        return new Snapshot(started, Duration.between(started, Instant.now()), storedTotal, failedTotal, queued,
                List.copyOf(new ArrayList<>(stored)), List.copyOf(new ArrayList<>(failed)), modelLoadTime);
    }

    /** The live server's state at one moment; the store's own counts are the server's to add. */
    public record Snapshot(Instant started, Duration uptime, long storedTotal, long failedTotal, int queued,
                           List<ArticleOutcome> lastStored, List<ArticleOutcome> lastFailed,
                           Optional<Duration> modelLoadTime) {
    }
}
