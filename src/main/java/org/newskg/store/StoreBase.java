package org.newskg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The base IRI a database's IRIs were minted under, kept in {@code newskg.properties} next to TDB2's own files, so
 * that it is not a triple of any article (counts, dumps and SHACL see only articles).
 */
final class StoreBase {
    static final String FILE = "newskg.properties";
    private static final String KEY = "base";

    private StoreBase() {
    }

    static Optional<String> read(Path directory) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read the database's settings: " + e.getMessage()
                    + ". Check its permissions.", e);
        }
        return Optional.ofNullable(properties.getProperty(KEY)).filter(b -> !b.isBlank());
    }

    /** Checks the base against the recorded one, or the one the articles were minted under; records it. */
    static void claim(Path directory, String base, Optional<String> ofArticles) {
        Optional<String> recorded = read(directory).or(() -> ofArticles);
        if (recorded.isPresent()) {
            if (!recorded.get().equals(base)) {
                throw new StoreException(directory + ": the database was built with base IRI '" + recorded.get()
                        + "' but --base is '" + base + "'. Ingest with --base " + recorded.get()
                        + " (publish --base presents the IRIs under another base), or use another --db.");
            }
            if (Files.isRegularFile(directory.resolve(FILE))) {
                return;
            }
        }
        Properties properties = new Properties();
        properties.setProperty(KEY, base);
        try (Writer out = Files.newBufferedWriter(directory.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.store(out, "newskg: the base IRI this database's IRIs were minted under");
        } catch (IOException e) {
            throw new StoreException(directory + ": cannot record the base IRI: " + e.getMessage()
                    + ". Check that the directory is writable.", e);
        }
    }
}
