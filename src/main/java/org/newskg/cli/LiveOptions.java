package org.newskg.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.live.LiveSettings;
import picocli.CommandLine.Option;

/** Options of {@code serve} for ingesting while serving. */
final class LiveOptions {
    @Option(names = "--watch", paramLabel = "DIR",
            description = {"Ingest every article file dropped into DIR (any format ingest reads, JSON Lines "
                + "included) while serving; the file then moves to DIR/done/, or to DIR/failed/ with NAME.reason "
                + "holding why. A file is taken once its size and time stay the same over two polls; write it "
                + "under a name starting with '.' or ending in .tmp or .part and rename it when done to have it "
                + "taken at once. The NLP models load when the server starts."})
    Path watch;

    @Option(names = "--watch-interval", paramLabel = "MILLIS", defaultValue = "500",
            description = "How often the watched folder is looked at, in milliseconds (default: ${DEFAULT-VALUE}).")
    long watchIntervalMillis;

    @Option(names = "--feed", paramLabel = "URL",
            description = {"Poll this RSS or Atom feed (repeatable) and ingest each new item's page, read as HTML. "
                + "Pages are fetched politely: a User-Agent naming newskg, conditional GET, one request per host "
                + "per --feed-host-delay, at most 5 MB. Items the database already holds (same URL, or same "
                + "content) are skipped. The NLP models load when the server starts."})
    List<URI> feeds = new ArrayList<>();

    @Option(names = "--feed-interval", paramLabel = "SECONDS", defaultValue = "300",
            description = "How often each feed is polled, in seconds (default: ${DEFAULT-VALUE}).")
    long feedIntervalSeconds;

    @Option(names = "--feed-host-delay", paramLabel = "MILLIS", defaultValue = "1000",
            description = "The least time between two requests to one host, in milliseconds "
                    + "(default: ${DEFAULT-VALUE}).")
    long feedHostDelayMillis;

    @Option(names = "--ingest-wait", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long POST /newskg/ingest waits for its articles to be stored before it answers "
                    + "'queued' (default: ${DEFAULT-VALUE}).")
    long ingestWaitSeconds;

    /** Whether the server ingests: with a folder to watch, feeds, or updates allowed (the ingest route). */
    boolean live(boolean allowUpdate) {
        return watch != null || !feeds.isEmpty() || allowUpdate;
    }

    /** The checked settings. */
    LiveSettings settings() {
        Optional<Path> folder = watchFolder();
        for (URI feed : feeds) {
            String scheme = feed.getScheme() == null ? "" : feed.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || feed.getHost() == null) {
                throw new UserInputException("--feed: expected an http(s) URL such as https://example.org/rss.xml "
                        + "but was '" + feed + "'.");
            }
        }
        if (feedIntervalSeconds < 1 || feedHostDelayMillis < 0) {
            throw new UserInputException("--feed-interval must be at least 1 s and --feed-host-delay at least 0 ms "
                    + "but were " + feedIntervalSeconds + " and " + feedHostDelayMillis + ".");
        }
        LiveSettings settings = LiveSettings.postsOnly().withFeeds(feeds, Duration.ofSeconds(feedIntervalSeconds),
                Duration.ofMillis(feedHostDelayMillis));
        return folder.map(f -> settings.withWatch(f, interval())).orElse(settings);
    }

    private Optional<Path> watchFolder() {
        if (watch != null && Files.exists(watch) && !Files.isDirectory(watch)) {
            throw new UserInputException("--watch " + watch + ": not a folder. Give the folder to watch.");
        }
        if (watchIntervalMillis < 10 || ingestWaitSeconds < 1) {
            throw new UserInputException("--watch-interval must be at least 10 ms and --ingest-wait at least 1 s "
                    + "but were " + watchIntervalMillis + " and " + ingestWaitSeconds + ".");
        }
        return Optional.ofNullable(watch);
    }

    private Duration interval() {
        return Duration.ofMillis(watchIntervalMillis);
    }

    Duration ingestWait() {
        return Duration.ofSeconds(ingestWaitSeconds);
    }
}
