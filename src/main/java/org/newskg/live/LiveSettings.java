package org.newskg.live;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a live server takes articles from, besides posts.
 *
 * @param watch         the folder to watch, if any
 * @param watchInterval how often the folder is looked at
 * @param feeds         RSS or Atom feeds to poll
 * @param feedInterval  how often each feed is polled
 * @param perHost       the least time between two requests to one host
 * @param maxPageBytes  the largest feed or page read
 */
public record LiveSettings(Optional<Path> watch, Duration watchInterval, List<URI> feeds, Duration feedInterval,
                           Duration perHost, int maxPageBytes) {
    public static final Duration DEFAULT_WATCH_INTERVAL = Duration.ofMillis(500);
    public static final Duration DEFAULT_FEED_INTERVAL = Duration.ofMinutes(5);
    public static final Duration DEFAULT_PER_HOST = Duration.ofSeconds(1);
    public static final int DEFAULT_MAX_PAGE_BYTES = 5 * 1024 * 1024;

    public LiveSettings {
        Objects.requireNonNull(watch, "watch");
        feeds = List.copyOf(feeds);
    }

    /** Posts only: no folder, no feeds. */
    public static LiveSettings postsOnly() {
        return new LiveSettings(Optional.empty(), DEFAULT_WATCH_INTERVAL, List.of(), DEFAULT_FEED_INTERVAL,
                DEFAULT_PER_HOST, DEFAULT_MAX_PAGE_BYTES);
    }

    public LiveSettings withWatch(Path folder, Duration interval) {
        return new LiveSettings(Optional.of(folder), interval, feeds, feedInterval, perHost, maxPageBytes);
    }

    public LiveSettings withFeeds(List<URI> feeds, Duration interval, Duration perHost) {
        return new LiveSettings(watch, watchInterval, feeds, interval, perHost, maxPageBytes);
    }

    /** Whether articles arrive without being posted, so the models should load at start. */
    public boolean pulls() {
        return watch.isPresent() || !feeds.isEmpty();
    }
}
