package org.newskg.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder for article files and hands each to the {@link LiveIngester}; afterwards the file moves to
 * {@code done/}, or to {@code failed/} next to a {@code NAME.reason} file holding one line per article that was not
 * stored (the message the CLI prints). A file that replaces one of the same name in {@code done/} or {@code failed/}
 * replaces it there too.
 *
 * <p>Files still being written are not read: a file is taken only when its modification time is at least
 * {@code interval} old and two polls {@code interval} apart see the same size and modification time (a file first
 * seen with a modification time over twice {@code interval} old is taken at once). Names starting with
 * {@code .} or ending in {@code .tmp} or {@code .part} are never taken, so a writer that renames a finished file
 * into place (the safest way) is taken at the next poll. The folder itself is the queue on disk: a file stays in it
 * until it is stored or has failed, so one left by a server that was killed is taken again when it restarts. Files
 * in sub-folders are left alone. Thread-safe.
 */
public final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    private final Path folder;
    private final Duration interval;
    private final LiveIngester ingester;
    private final Map<Path, Seen> lastPoll = new HashMap<>();
    private final Set<Path> taken = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "newskg-watch");
        thread.setDaemon(true);
        return thread;
    });

    private record Seen(long size, long modified) {
    }

    public FolderWatcher(Path folder, Duration interval, LiveIngester ingester) {
        this.folder = folder;
        this.interval = interval;
        this.ingester = ingester;
    }

    /**
     * Creates {@code done/} and {@code failed/} and starts polling.
     *
     * @throws LiveException if the folder cannot be used
     */
    public FolderWatcher start() {
        try {
            Files.createDirectories(folder.resolve(DONE));
            Files.createDirectories(folder.resolve(FAILED));
        } catch (IOException e) {
            throw new LiveException(folder + ": cannot watch this folder: " + e.getMessage()
                    + ". Give --watch a writable folder.", e);
        }
        poller.scheduleWithFixedDelay(this::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    public Path folder() {
        return folder;
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException | IOException e) {
            LOG.warn("{}: cannot read the watched folder: {}", folder, e.getMessage());
        }
    }

    private synchronized void poll() throws IOException {
        Map<Path, Seen> now = new HashMap<>();
        long settledBefore = System.currentTimeMillis() - interval.toMillis();
        for (Path file : candidates()) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException gone) {
                continue;
            }
            Seen seen = new Seen(attributes.size(), attributes.lastModifiedTime().toMillis());
            now.put(file, seen);
            boolean unchanged = lastPoll.containsKey(file) ? seen.equals(lastPoll.get(file))
                    : seen.modified() <= settledBefore - interval.toMillis();
            if (unchanged && seen.modified() <= settledBefore && taken.add(file)) {
                ingester.enqueue(file, file.getFileName().toString(), false, outcomes -> finish(file, outcomes));
            }
        }
        lastPoll.clear();
        lastPoll.putAll(now);
    }

    private List<Path> candidates() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(FolderWatcher::takable).sorted().toList();
        }
    }

    private static boolean takable(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".tmp") && !name.endsWith(".part");
    }

    /** Moves the file to done/ or failed/ (with its reasons), called by the ingester once it is stored. */
    private void finish(Path file, List<ArticleOutcome> outcomes) {
        List<String> reasons = outcomes.stream().flatMap(o -> o.reason().stream()).map(r -> "newskg: error: " + r)
                .toList();
        boolean failed = !reasons.isEmpty() || outcomes.isEmpty();
        Path target = folder.resolve(failed ? FAILED : DONE).resolve(file.getFileName());
        try {
            if (failed) {
                List<String> lines = outcomes.isEmpty() ? List.of("newskg: error: " + file.getFileName()
                        + ": no article in the file. Give it a title and text.") : reasons;
                Path reason = target.resolveSibling(file.getFileName() + ".reason");
                Files.write(reason, lines, StandardCharsets.UTF_8);
            } else {
                Files.deleteIfExists(target.resolveSibling(file.getFileName() + ".reason"));
            }
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LiveException(file + ": ingested, but cannot move it to " + target.getParent() + ": "
                    + e.getMessage() + ". Check the folder's permissions.", e);
        } finally {
            taken.remove(file);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
