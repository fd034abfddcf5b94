package org.newskg.extract.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.Quotation;

/**
 * One row of a quote case's {@code expected.tsv}: a quotation a careful reader finds in the article, in text order.
 *
 * <p>Columns, tab-separated; {@code #} starts a comment line; {@code -} means "none":
 * <ol>
 *   <li>speaker: the speaker entity's canonical name</li>
 *   <li>text: the quoted words exactly, without the quote marks; {@code \n} stands for a line break (the paragraphs
 *       of a multi-paragraph quotation are separated by {@code \n\n})</li>
 *   <li>verb: the speech verb's lemma</li>
 *   <li>audience: as written, without its article</li>
 *   <li>date: the TIMEX3 value of the speech act's date</li>
 * </ol>
 *
 * @param line     line number in the file, for messages
 * @param speaker  the speaker's canonical name
 * @param text     the quotation text
 * @param verb     the verb lemma
 * @param audience the audience
 * @param date     the date
 */
record ExpectedQuotation(int line, Optional<String> speaker, String text, Optional<String> verb,
                         Optional<String> audience, Optional<String> date) {
    static final String FILE = "expected.tsv";
    private static final int COLUMNS = 5;
    private static final String NONE = "-";

    static List<ExpectedQuotation> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ExpectedQuotation> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != COLUMNS) {
                throw new IllegalArgumentException(file + " [line " + (i + 1) + "]: expected " + COLUMNS
                        + " tab-separated columns but found " + cells.length + ": '" + line + "'");
            }
            rows.add(new ExpectedQuotation(i + 1, cell(cells[0]), cells[1].replace("\\n", "\n"), cell(cells[2]),
                    cell(cells[3]), cell(cells[4])));
        }
        return rows;
    }

    private static Optional<String> cell(String value) {
        return value.equals(NONE) ? Optional.empty() : Optional.of(value);
    }

    /** The differences between this row and {@code actual}, one message each; empty when it matches. */
    List<String> differences(Quotation actual, EntityIndex entities) {
        List<String> problems = new ArrayList<>();
        if (!actual.text().equals(text)) {
            problems.add("text: expected '" + escape(text) + "' but was '" + escape(actual.text()) + "'");
        }
        compare("speaker", speaker, speakerName(actual, entities), problems);
        compare("verb", verb, actual.verb(), problems);
        compare("audience", audience, actual.audience(), problems);
        compare("date", date, actual.date(), problems);
        return problems;
    }

    private static void compare(String what, Optional<String> expected, Optional<String> actual,
                                List<String> problems) {
        if (!expected.equals(actual)) {
            problems.add(what + ": expected " + show(expected) + " but was " + show(actual));
        }
    }

    /** The canonical name of the quotation's speaker, or the bare key when the index does not know it. */
    static Optional<String> speakerName(Quotation quotation, EntityIndex entities) {
        return quotation.speakerKey().map(key -> entities.byKey(key).map(Entity::name).orElse("?" + key));
    }

    /** {@code quotation} as an {@code expected.tsv} row, for failure messages and for writing new cases. */
    static String row(Quotation quotation, EntityIndex entities) {
        return String.join("\t", show(speakerName(quotation, entities)), escape(quotation.text()),
                show(quotation.verb()), show(quotation.audience()), show(quotation.date()));
    }

    private static String show(Optional<String> value) {
        return value.orElse(NONE);
    }

    private static String escape(String text) {
        return text.replace("\n", "\\n");
    }
}
