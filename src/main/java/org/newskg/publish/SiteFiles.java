package org.newskg.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The output directory: creates folders, writes files and counts them. */
final class SiteFiles {
    private final Path root;
    private int count;
    private long bytes;

    SiteFiles(Path root) {
        this.root = root;
    }

    /** Creates the directory, or fails saying why it cannot be written. */
    void prepare() {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new PublishException(root + ": --out is a file, expected a directory. Choose a directory.");
        }
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "'" + e.getMessage() + "' is a file"
                    : e.toString();
            throw new PublishException(root + ": cannot create the output directory: " + why
                    + ". Choose a writable --out.", e);
        }
        if (!Files.isWritable(root)) {
            throw new PublishException(root + ": the output directory is not writable. Choose a writable --out.");
        }
    }

    Path path(String relative) {
        return root.resolve(relative);
    }

    /** Writes one file through the writer, creating its folder. */
    void write(String relative, Consumer<OutputStream> writer) {
        written(path(relative), file -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                writer.accept(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Lets the writer write the file, then counts it. */
    void written(Path file, Consumer<Path> writer) {
        try {
            Files.createDirectories(file.getParent());
            writer.accept(file);
            count++;
            bytes += Files.size(file);
        } catch (IOException | UncheckedIOException e) {
            throw new PublishException(file + ": cannot write: " + e.getMessage() + ". Check the space and "
                    + "permissions of --out.", e);
        }
    }

    int count() {
        return count;
    }

    long bytes() {
        return bytes;
    }
}
