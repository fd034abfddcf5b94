package org.newskg.article;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The input formats newskg reads, keyed for the {@link ArticleReaders} registry.
 *
 * <p>{@link #MARKDOWN_NEWS} and {@link #PLAIN_TEXT} share extensions: a {@code .txt} or {@code .md} file is Markdown
 * news when it starts with a {@code # } title line followed by a {@code Published at:} line, else plain text.
 */
public enum ArticleFormat {
    /** {@code # title}, {@code Published at: **date**}, {@code Author: **name**}, {@code Original: [name](url)}. */
    MARKDOWN_NEWS("Markdown news", true, "txt", "md"),
    /** First non-blank line is the title, the other non-blank lines are paragraphs. */
    PLAIN_TEXT("plain text", true, "txt", "md"),
    /** A web page; the text comes from its {@code <p>} elements. */
    HTML("HTML", true, "html", "htm"),
    /** One JSON object per line with {@code title}, {@code text}, {@code published}, {@code url}, {@code author}. */
    JSON_LINES("JSON Lines", false, "jsonl", "ndjson"),
    /** Web archives: the HTML pages of a WARC file's response records, read by the HTML reader. */
    WARC("WARC", false, "warc", "warc.gz");

    private final String label;
    private final boolean singleArticle;
    private final List<String> extensions;

    ArticleFormat(String label, boolean singleArticle, String... extensions) {
        this.label = label;
        this.singleArticle = singleArticle;
        this.extensions = List.of(extensions);
    }

    /** Human-readable name, e.g. {@code JSON Lines}. */
    public String label() {
        return label;
    }

    /** True when a file of this format holds exactly one article. */
    public boolean singleArticle() {
        return singleArticle;
    }

    /** File name extensions, lower case, without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    /** Every extension newskg reads, lower case, without the dot, in a stable order. */
    public static Set<String> knownExtensions() {
        return Arrays.stream(values()).flatMap(f -> f.extensions.stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** True when newskg reads files with this file's extension (case-insensitive). */
    public static boolean isKnown(Path file) {
        return knownExtensions().contains(extensionOf(file).toLowerCase(Locale.ROOT));
    }

    /**
     * The extension of a file name as written, without the dot; empty when there is none. A known extension of two
     * parts ({@code warc.gz}) is taken whole.
     */
    public static String extensionOf(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String known : knownExtensions()) {
            if (known.indexOf('.') > 0 && lower.endsWith("." + known) && lower.length() > known.length() + 1) {
                return text.substring(text.length() - known.length());
            }
        }
        int dot = text.lastIndexOf('.');
        return dot <= 0 ? "" : text.substring(dot + 1);
    }

    /**
     * The known extensions as a sentence fragment: {@code .txt, .md, .html, .htm, .jsonl, .ndjson, .warc and
     * .warc.gz}.
     */
    public static String knownExtensionsText() {
        List<String> dotted = knownExtensions().stream().map(e -> "." + e).toList();
        return String.join(", ", dotted.subList(0, dotted.size() - 1)) + " and " + dotted.get(dotted.size() - 1);
    }
}
