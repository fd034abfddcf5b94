package org.newskg.article.reader;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turning raw text into the parts of an {@link org.newskg.article.Article}. Thread-safe. */
public final class TextLib {
    /** Separates paragraphs in {@link org.newskg.article.Article#body()}. */
    public static final String PARAGRAPH_BREAK = "\n\n";

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f]*\\n");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private TextLib() {
    }

    /** Paragraphs stripped of surrounding white space, blank ones dropped, joined by a blank line. */
    public static String joinParagraphs(Stream<String> paragraphs) {
        return paragraphs.map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.joining(PARAGRAPH_BREAK));
    }

    /** As {@link #joinParagraphs(Stream)}. */
    public static String joinParagraphs(Collection<String> paragraphs) {
        return joinParagraphs(paragraphs.stream());
    }

    /**
     * The body for free text with LF line ends: when the text has blank lines they separate paragraphs (and single
     * line breaks inside a paragraph become spaces), else each line is a paragraph.
     */
    public static String bodyOf(String text) {
        if (BLANK_LINE.matcher(text).find()) {
            return joinParagraphs(Arrays.stream(BLANK_LINE.split(text)).map(TextLib::oneLine));
        }
        return joinParagraphs(text.lines());
    }

    /** A title on one line: white space runs become one space, none at the ends. */
    public static String oneLine(String text) {
        return WHITE_SPACE.matcher(text.strip()).replaceAll(" ");
    }

    /** The stripped value, or empty when it is null or blank. */
    public static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
