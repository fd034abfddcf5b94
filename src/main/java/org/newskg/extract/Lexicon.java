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
 * {@code #} starting a comment; of a table's lines ({@code word TAB value}) the word. Immutable and thread-safe.
 */
public final class Lexicon {
    private final Set<String> words;

    private Lexicon(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static Lexicon load(String resource) {
        return new Lexicon(lines(resource).stream().map(line -> line.split("\t", 2)[0].strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet()));
    }

    /**
     * A two-column word list ({@code word TAB value}, {@code #} starting a comment) as a map from the lower-case word
     * to its value.
     */
    public static java.util.Map<String, String> loadTable(String resource) {
        java.util.Map<String, String> table = new java.util.HashMap<>();
        for (String line : lines(resource)) {
            String[] columns = line.split("\t+");
            if (columns.length != 2) {
                throw new IllegalStateException("lexicon " + resource + ": expected 'word<TAB>value' but got '"
                        + line + "'");
            }
            table.put(columns[0].strip().toLowerCase(Locale.ROOT), columns[1].strip());
        }
        return java.util.Map.copyOf(table);
    }

    /**
     * The lines of a resource file under {@code org/newskg/extract/}, in order, stripped, without blank lines and
     * {@code #} comment lines.
     */
    public static java.util.List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream("/org/newskg/extract/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }
}
