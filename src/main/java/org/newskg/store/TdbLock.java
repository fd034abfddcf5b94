package org.newskg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Who holds a TDB2 database: TDB2 locks {@value #FILE} in the database folder for as long as a process has the
 * database open, and writes its process id into it. A file whose lock nobody holds is left over from a process that
 * ended, and does not count.
 */
final class TdbLock {
    static final String FILE = "tdb.lock";

    private TdbLock() {
    }

    /** The process that holds the database in this folder ({@code -1} when it wrote no id), if one does. */
    static Optional<Long> holder(Path database) {
        Path file = database.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
            return pid(file);
        } catch (OverlappingFileLockException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> pid(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip();
        return text.matches("\\d{1,19}") ? Optional.of(Long.parseLong(text)) : Optional.of(-1L);
    }
}
