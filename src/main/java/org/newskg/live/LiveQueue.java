package org.newskg.live;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The articles the server has accepted (posted or fetched) and not yet stored, one file each in a folder on disk, so
 * that a server killed with {@code kill -9} finds them again when it restarts. An entry is written in full to
 * {@code tmp/} and then renamed into the folder, so the folder never holds half an entry; a restart deletes what
 * {@code tmp/} still holds (entries whose sender was never told they were accepted). Entries are named
 * {@code <sequence>-<name>}, keep the extension that tells their format, and are taken in the order they came.
 * Thread-safe.
 */
public final class LiveQueue {
    /** The name prefix of entries to skip when the store holds them with the same content (fetched pages). */
    static final String IF_NEW = "if-new_";
    private static final String TMP = "tmp";
    private final Path directory;
    private final AtomicLong sequence;

    private LiveQueue(Path directory, long next) {
        this.directory = directory;
        this.sequence = new AtomicLong(next);
    }

    /**
     * Opens the queue in this folder, creating it if needed.
     *
     * @throws LiveException if the folder cannot be created or read
     */
    public static LiveQueue open(Path directory) {
        try {
            Files.createDirectories(directory.resolve(TMP));
            try (Stream<Path> leftovers = Files.list(directory.resolve(TMP))) {
                for (Path leftover : leftovers.toList()) {
                    Files.deleteIfExists(leftover);
                }
            }
            long next = pending(directory).stream().mapToLong(LiveQueue::sequenceOf).max().orElse(0) + 1;
            return new LiveQueue(directory, next);
        } catch (IOException e) {
            throw new LiveException(directory + ": cannot use the ingest queue: " + e.getMessage()
                    + ". Check that the database folder is writable.", e);
        }
    }

    public Path directory() {
        return directory;
    }

    /**
     * Adds an article file, durably: when this returns, a restart finds the entry.
     *
     * @param name a file name whose extension gives the format, e.g. {@code story.html}
     * @return the entry
     */
    public Path add(String name, byte[] body) {
        String entry = String.format("%012d-%s", sequence.getAndIncrement(), safe(name));
        Path tmp = directory.resolve(TMP).resolve(entry);
        Path target = directory.resolve(entry);
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                out.write(body);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            return target;
        } catch (IOException e) {
            throw new LiveException(directory + ": cannot queue '" + name + "': " + e.getMessage()
                    + ". Check the free space and permissions of the database folder.", e);
        }
    }

    /** The entries not yet removed, oldest first. */
    public List<Path> pending() {
        try {
            return pending(directory);
        } catch (IOException e) {
            throw new LiveException(directory + ": cannot read the ingest queue: " + e.getMessage() + ".", e);
        }
    }

    /** Removes an entry once its articles are stored or have failed. */
    public void remove(Path entry) {
        try {
            Files.deleteIfExists(entry);
        } catch (IOException e) {
            throw new LiveException(entry + ": cannot remove the ingested entry from the queue: " + e.getMessage()
                    + ".", e);
        }
    }

    /** The name the entry was queued under, without its sequence number. */
    public static String nameOf(Path entry) {
        String file = entry.getFileName().toString();
        int dash = file.indexOf('-');
        return dash < 0 ? file : file.substring(dash + 1);
    }

    private static List<Path> pending(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile).filter(p -> sequenceOf(p) >= 0).sorted().toList();
        }
    }

    private static long sequenceOf(Path entry) {
        String file = entry.getFileName().toString();
        int dash = file.indexOf('-');
        try {
            return dash == 12 ? Long.parseLong(file.substring(0, dash)) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Keeps letters, digits, '.', '_' and '-', so a client's name cannot leave the folder. */
    private static String safe(String name) {
        String kept = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
        return kept.length() > 100 ? kept.substring(kept.length() - 100) : kept;
    }
}
