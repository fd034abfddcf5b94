package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of lower-case words or phrases read from a resource file under {@code org/newskg/extract/}, one a line,
 * {@code #} starting a comment. Immutable and thread-safe.
 */
public final class Lexicon {
    private final Set<String> words;

    private Lexicon(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static Lexicon load(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream("/org/newskg/extract/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Lexicon(reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }
}
