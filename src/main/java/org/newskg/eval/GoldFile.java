package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * Reads one gold file: UTF-8, one fact a line, fields separated by a single tab.
 *
 * <p>A line whose first non-blank character is {@code #} is a comment; blank lines are skipped; a trailing
 * {@code \r} is dropped. Every other line is {@code KIND TAB FIELD...} with exactly as many fields as
 * {@link FactKind#fieldNames()}; each field is a non-blank regular expression. The first bad line stops the read with
 * an {@link EvaluationException} such as
 *
 * <pre>
 * gold/00_seed.tsv [line 12]: unknown kind 'entiy'. Use one of entity, leadership, affiliation, family, quote,
 * notquote, event, located.
 * </pre>
 *
 * <p>Usage: {@code List<GoldFact> facts = GoldFile.read(Path.of("dev/gold/00_seed.tsv"), "gold/00_seed.tsv");}
 * Stateless and thread-safe.
 */
public final class GoldFile {
    private static final int MAX_QUOTED = 80;

    private GoldFile() {
    }

    /** Reads {@code file}, naming it by its path in messages. */
    public static List<GoldFact> read(Path file) {
        return read(file, file.toString());
    }

    /**
     * Reads {@code file}, naming it {@code shownAs} in messages and in {@link GoldFact#source()}.
     *
     * @throws EvaluationException when the file cannot be read or a line is malformed
     */
    public static List<GoldFact> read(Path file, String shownAs) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvaluationException(shownAs + ": cannot read the gold file: " + e.getMessage()
                    + ". Check that it exists and is UTF-8 text.", e);
        }
        return parse(text, shownAs);
    }

    /**
     * Parses the text of a gold file.
     *
     * @param text   the whole file
     * @param source the file as shown to the user
     * @throws EvaluationException on the first malformed line
     */
    public static List<GoldFact> parse(String text, String source) {
        List<GoldFact> facts = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            facts.add(parseLine(line, source, i + 1));
        }
        return List.copyOf(facts);
    }

    private static GoldFact parseLine(String line, String source, int lineNumber) {
        String[] parts = line.split("\t", -1);
        Optional<FactKind> kind = FactKind.byToken(parts[0].strip());
        if (kind.isEmpty()) {
            throw new EvaluationException(source, lineNumber, line, "unknown kind " + quote(parts[0])
                    + ". Use one of " + FactKind.tokens() + ", followed by tab-separated fields.");
        }
        List<String> fields = Arrays.asList(parts).subList(1, parts.length);
        checkFieldCount(kind.get(), fields, line, source, lineNumber);
        for (int i = 0; i < fields.size(); i++) {
            checkField(kind.get(), i, fields.get(i), source, lineNumber);
        }
        return new GoldFact(kind.get(), fields, source, lineNumber);
    }

    private static void checkFieldCount(FactKind kind, List<String> fields, String line, String source, int n) {
        int expected = kind.fieldNames().size();
        if (fields.size() != expected) {
            throw new EvaluationException(source, n, line, "kind '" + kind.token() + "' expects " + expected
                    + " tab-separated fields (" + String.join(", ", kind.fieldNames()) + ") but the line has "
                    + fields.size() + ": " + quote(line) + ". Separate the fields with exactly one tab.");
        }
    }

    private static void checkField(FactKind kind, int index, String field, String source, int n) {
        String name = "field " + (index + 1) + " (" + kind.fieldNames().get(index) + ")";
        if (field.isBlank()) {
            throw new EvaluationException(source, n, field, name + " of a '" + kind.token()
                    + "' line is empty. Write a regular expression there (two tabs in a row leave a field empty).");
        }
        try {
            GoldFact.compile(kind, index, field);
        } catch (PatternSyntaxException e) {
            throw new EvaluationException(source, n, field, name + " is not a valid regular expression: "
                    + e.getDescription() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : "") + " in "
                    + quote(field) + ". Fix the pattern; escape literal characters such as ( [ . with a backslash.");
        }
    }

    /** A value in single quotes, cut at 80 characters, tabs shown as {@code \t}. */
    static String quote(String value) {
        String shown = value.replace("\t", "\\t");
        if (shown.length() > MAX_QUOTED) {
            shown = shown.substring(0, MAX_QUOTED) + "...";
        }
        return "'" + shown + "'";
    }
}
