package org.newskg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * How to reach the server that holds a database: {@code newskg serve} writes {@value #FILE} into the database folder
 * when it starts and removes it when it stops, so that another command refused by the database's lock can say which
 * server holds it. A record whose process is gone (a server that was killed) is ignored.
 *
 * @param pid      the server's process
 * @param endpoint its SPARQL query endpoint, e.g. {@code http://localhost:3030/newskg/sparql}
 * @param started  when it started
 */
public record ServerRecord(long pid, String endpoint, Instant started) {
    public static final String FILE = "server.properties";

    /** The served dataset's URL, the endpoint without {@code /sparql}, e.g. {@code http://localhost:3030/newskg}. */
    public String datasetUrl() {
        return endpoint.endsWith("/sparql") ? endpoint.substring(0, endpoint.length() - "/sparql".length())
                : endpoint;
    }

    /** The live ingest route of the server, {@code POST} only ({@code serve --allow-update}). */
    public String ingestUrl() {
        return datasetUrl() + "/ingest";
    }

    /** The record of a live server in this folder other than this process, if there is one. */
    public static Optional<ServerRecord> other(Path database) {
        long self = ProcessHandle.current().pid();
        return read(database).filter(record -> record.pid() != self);
    }

    /** The record of a server this process runs, reachable at this endpoint. */
    public static ServerRecord ofThisProcess(String endpoint) {
        return new ServerRecord(ProcessHandle.current().pid(), endpoint, Instant.now());
    }

    /**
     * Records in the database folder that this process serves it at this endpoint, until the returned handle is
     * closed or the process exits normally (Ctrl-C included).
     */
    public static AutoCloseableRecord announce(Path database, String endpoint) {
        ServerRecord record = ofThisProcess(endpoint);
        record.write(database);
        Thread removal = new Thread(() -> record.remove(database), "newskg-server-record");
        Runtime.getRuntime().addShutdownHook(removal);
        return () -> {
            record.remove(database);
            try {
                Runtime.getRuntime().removeShutdownHook(removal);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        };
    }

    /** A server record that is removed when closed. */
    @FunctionalInterface
    public interface AutoCloseableRecord extends AutoCloseable {
        @Override
        void close();
    }

    /** Writes this record into the database folder. */
    public void write(Path database) {
        Properties properties = new Properties();
        properties.setProperty("pid", Long.toString(pid));
        properties.setProperty("endpoint", endpoint);
        properties.setProperty("started", started.toString());
        try (Writer out = Files.newBufferedWriter(database.resolve(FILE))) {
            properties.store(out, "newskg serve holds this database; removed when it stops");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes this record from the database folder, if it is still this one. */
    public void remove(Path database) {
        if (read(database).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(database.resolve(FILE));
            } catch (IOException e) {
                // A record left behind names a dead process, and readers ignore it.
            }
        }
    }

    /** The record of a live server holding the database in this folder, other than this process; stale ones are not. */
    public static Optional<ServerRecord> read(Path database) {
        Path file = database.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
            ServerRecord record = new ServerRecord(Long.parseLong(properties.getProperty("pid", "")),
                    properties.getProperty("endpoint", ""), Instant.parse(properties.getProperty("started", "")));
            return isAlive(record.pid()) ? Optional.of(record) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether a process with this id runs; the current process counts, so its own record is found too. */
    static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
