package org.newskg.article;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Something wrong with an input that stopped an article (or a whole file) from being read.
 *
 * <p>The reader that finds the problem skips the article and goes on; what happens next (count it, warn, stop) is the
 * caller's choice. {@link #message()} is the single line a user sees, for example:
 *
 * <pre>
 * feed.jsonl [line 2]: field "title" is missing. Fix the record or remove it.
 * notes.pdf: unknown file type '.pdf'. newskg reads .txt, .md, .html, .htm, .jsonl, .ndjson, .warc and .warc.gz files.
 * </pre>
 *
 * @param source the file as the user named it (or as found under a folder the user named)
 * @param line   1-based line in {@code source}, when the problem has one
 * @param what   what is wrong; offending values are quoted with {@link #quote(String)}; no final period
 * @param hint   what the user can do about it, a full sentence
 */
public record ArticleProblem(String source, OptionalInt line, String what, String hint) {
    /** Quoted values longer than this are cut. */
    public static final int MAX_QUOTED_CHARS = 80;

    public ArticleProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(hint, "hint");
    }

    /** A problem with a whole file. */
    public static ArticleProblem of(String source, String what, String hint) {
        return new ArticleProblem(source, OptionalInt.empty(), what, hint);
    }

    /** A problem at a line of a file. */
    public static ArticleProblem at(String source, int line, String what, String hint) {
        return new ArticleProblem(source, OptionalInt.of(line), what, hint);
    }

    /**
     * A problem at a byte offset of a file, such as a record of a web archive; its source reads
     * {@code file [offset N]}.
     */
    public static ArticleProblem atOffset(String source, long offset, String what, String hint) {
        return of(atOffset(source, offset), what, hint);
    }

    /** A place in a file given by its byte offset: {@code file [offset N]}. */
    public static String atOffset(String source, long offset) {
        return source + " [offset " + offset + "]";
    }

    /**
     * The one-line message: {@code source [line N]: what. hint}.
     *
     * @return the message, never containing a line break
     */
    public String message() {
        StringBuilder sb = new StringBuilder(source);
        line.ifPresent(n -> sb.append(" [line ").append(n).append(']'));
        sb.append(": ").append(what);
        if (!what.endsWith(".")) {
            sb.append('.');
        }
        if (!hint.isEmpty()) {
            sb.append(' ').append(hint);
        }
        return sb.toString().replaceAll("[\\r\\n]+", " ");
    }

    /**
     * Quotes a value for a message: in single quotes, line breaks and tabs shown as {@code \n}, {@code \r} and
     * {@code \t}, cut after {@value #MAX_QUOTED_CHARS} characters with a trailing {@code ...}.
     */
    public static String quote(String value) {
        String shown = value.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        if (shown.length() > MAX_QUOTED_CHARS) {
            shown = shown.substring(0, MAX_QUOTED_CHARS) + "...";
        }
        return "'" + shown + "'";
    }

    @Override
    public String toString() {
        return message();
    }
}
