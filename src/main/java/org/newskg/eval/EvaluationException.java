package org.newskg.eval;

import java.util.Optional;
import java.util.OptionalInt;

import org.newskg.sys.NewsKgException;

/**
 * Bad input to {@code newskg evaluate}: a malformed gold line, a gold set without {@code articles/} or {@code gold/},
 * a malformed floors file. When the problem is in a file, the exception carries the file as shown to the user, the
 * 1-based line and the offending input; the message already starts with {@code file [line N]: }.
 */
public class EvaluationException extends NewsKgException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String input;

    /** A problem that is not tied to one line, e.g. a missing directory. */
    public EvaluationException(String message) {
        super(message);
        this.source = null;
        this.line = 0;
        this.input = null;
    }

    /** A problem that is not tied to one line, with its cause (e.g. an I/O error). */
    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
        this.source = null;
        this.line = 0;
        this.input = null;
    }

    /**
     * A problem on one line of a file.
     *
     * @param source the file as shown to the user, e.g. {@code gold/00_seed.tsv}
     * @param line   1-based line number
     * @param input  the offending line or field
     * @param what   what is wrong, expected vs. actual, and what to do; prefixed with the location
     */
    public EvaluationException(String source, int line, String input, String what) {
        super(location(source, line) + ": " + what);
        this.source = source;
        this.line = line;
        this.input = input;
    }

    /** {@code file [line N]}, the one location format of newskg. */
    static String location(String source, int line) {
        return source + " [line " + line + "]";
    }

    /** The file as shown to the user, when the problem is in a file. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** The 1-based line number, when the problem is on one line. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** The offending line or field, when there is one. */
    public Optional<String> input() {
        return Optional.ofNullable(input);
    }
}
