package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of a gold file: a kind and its fields, each a case-insensitive regular expression.
 *
 * <p>The fields are kept as written; {@link #patterns()} compiles them with {@code CASE_INSENSITIVE | UNICODE_CASE}.
 * The first field of a {@link FactKind#NOTQUOTE} line may be {@code -}, meaning any speaker; its pattern is then
 * empty. The constructor checks the field count and that every field compiles, so a {@code GoldFact} always scores.
 * Immutable and thread-safe.
 *
 * @param kind   what the line states
 * @param fields the regular expressions after the kind, as many as {@link FactKind#fieldNames()}
 * @param source the gold file as shown to the user, e.g. {@code gold/00_seed.tsv}; {@code -} when made in code
 * @param line   1-based line number in {@code source}; 0 when made in code
 */
public record GoldFact(FactKind kind, List<String> fields, String source, int line) {

    /** The flags every gold regular expression is compiled with. */
    public static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The field of a {@code notquote} line that stands for any speaker. */
    public static final String ANY = "-";

    public GoldFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        fields = List.copyOf(fields);
        if (fields.size() != kind.fieldNames().size()) {
            throw new IllegalArgumentException("kind '" + kind.token() + "' expects " + kind.fieldNames().size()
                    + " fields " + kind.fieldNames() + " but got " + fields.size() + ": " + fields);
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).isBlank()) {
                throw new IllegalArgumentException("field " + (i + 1) + " (" + kind.fieldNames().get(i)
                        + ") of a '" + kind.token() + "' line is blank");
            }
            compile(kind, i, fields.get(i));
        }
    }

    /** A fact made in code (tests, tools): source {@code -}, line 0. */
    public static GoldFact of(FactKind kind, String... fields) {
        return new GoldFact(kind, List.of(fields), ANY, 0);
    }

    /** The compiled fields, in order; empty for a {@code -} that means "any". */
    public List<Optional<Pattern>> patterns() {
        List<Optional<Pattern>> patterns = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            patterns.add(compile(kind, i, fields.get(i)));
        }
        return patterns;
    }

    /** The line as written: the kind and its fields, tab-separated. */
    public String text() {
        return kind.token() + "\t" + String.join("\t", fields);
    }

    /** {@code gold/00_seed.tsv [line 12]}, or {@code -} for a fact made in code. */
    public String location() {
        return line > 0 ? EvaluationException.location(source, line) : source;
    }

    /**
     * Compiles field {@code index} of a line of {@code kind}.
     *
     * @throws java.util.regex.PatternSyntaxException when it is not a valid regular expression
     */
    static Optional<Pattern> compile(FactKind kind, int index, String field) {
        Objects.requireNonNull(field, "field");
        if (kind == FactKind.NOTQUOTE && index == 0 && field.equals(ANY)) {
            return Optional.empty();
        }
        return Optional.of(Pattern.compile(field, FLAGS));
    }
}
