package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
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

    @Option(names = "--ingest-wait", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long POST /newskg/ingest waits for its articles to be stored before it answers "
                    + "'queued' (default: ${DEFAULT-VALUE}).")
    long ingestWaitSeconds;

    /** Whether the server ingests: with a folder to watch, or with updates allowed (the ingest route). */
    boolean live(boolean allowUpdate) {
        return watch != null || allowUpdate;
    }

    Optional<Path> watchFolder() {
        if (watch != null && Files.exists(watch) && !Files.isDirectory(watch)) {
            throw new UserInputException("--watch " + watch + ": not a folder. Give the folder to watch.");
        }
        if (watchIntervalMillis < 10 || ingestWaitSeconds < 1) {
            throw new UserInputException("--watch-interval must be at least 10 ms and --ingest-wait at least 1 s "
                    + "but were " + watchIntervalMillis + " and " + ingestWaitSeconds + ".");
        }
        return Optional.ofNullable(watch);
    }

    Duration interval() {
        return Duration.ofMillis(watchIntervalMillis);
    }

    Duration ingestWait() {
        return Duration.ofSeconds(ingestWaitSeconds);
    }
}
