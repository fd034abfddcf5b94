package org.newskg.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The folders of golden cases on the test classpath, such as {@code /cases} or {@code /quote-cases}. */
public final class CaseDirs {
    private CaseDirs() {
    }

    public static Path root(String resource) {
        URL url = CaseDirs.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("no " + resource + " directory on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case names: the sub-folders of the root, sorted. */
    public static List<String> names(String resource) {
        try (Stream<Path> dirs = Files.list(root(resource))) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
