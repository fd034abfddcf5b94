package org.newskg.extract.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;

/**
 * One row of a golden case's {@code expected.tsv}: an entity a careful reader finds in the article.
 *
 * <p>Columns, tab-separated; {@code #} starts a comment line; lists are separated by {@code |}:
 * <ol>
 *   <li>type: an {@link EntityType} ({@code CITY}), or a top type in lower case ({@code place}) for any of its
 *       kinds</li>
 *   <li>name: the canonical name</li>
 *   <li>names: every name, canonical first (compared as a set after the first)</li>
 *   <li>aliases: nicknames and acronyms, as a set</li>
 *   <li>mentions: the name mentions, {@code text@begin} with {@code begin} the character offset into the body</li>
 *   <li>coref: the mentions coreference adds (pronouns, descriptions), {@code text@begin}</li>
 * </ol>
 * A list column is {@code -} when empty and {@code *} when the case does not check it (say why in a comment).
 *
 * @param line     line number in the file, for messages
 * @param type     the type column
 * @param name     the canonical name
 * @param names    names, or empty when unchecked
 * @param aliases  aliases, or empty when unchecked
 * @param mentions name mentions, or empty when unchecked
 * @param coref    coreference mentions, or empty when unchecked
 */
record ExpectedEntity(int line, String type, String name, Optional<List<String>> names,
                      Optional<List<String>> aliases, Optional<List<String>> mentions,
                      Optional<List<String>> coref) {
    static final String FILE = "expected.tsv";
    private static final int COLUMNS = 6;

    static List<ExpectedEntity> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ExpectedEntity> rows = new ArrayList<>();
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
            rows.add(new ExpectedEntity(i + 1, cells[0], cells[1], list(cells[2]), list(cells[3]), list(cells[4]),
                    list(cells[5])));
        }
        return rows;
    }

    private static Optional<List<String>> list(String cell) {
        return switch (cell) {
            case "*" -> Optional.empty();
            case "-" -> Optional.of(List.of());
            default -> Optional.of(Arrays.asList(cell.split("\\|", -1)));
        };
    }

    boolean typeMatches(EntityType actual) {
        return type.equals(actual.name()) || type.equals(actual.top().name().toLowerCase(Locale.ROOT));
    }

    /** The differences between this row and {@code actual}, one message each; empty when it matches. */
    List<String> differences(Entity actual) {
        List<String> problems = new ArrayList<>();
        if (!typeMatches(actual.type())) {
            problems.add("type: expected " + type + " but was " + actual.type());
        }
        names.ifPresent(expected -> {
            if (!actual.names().isEmpty() && !actual.names().get(0).equals(actual.name())) {
                problems.add("names: canonical name '" + actual.name() + "' is not first in " + actual.names());
            }
            compareSets("names", expected, actual.names(), problems);
        });
        aliases.ifPresent(expected -> compareSets("aliases", expected, actual.aliases(), problems));
        mentions.ifPresent(expected -> compareSets("name mentions", expected, mentionList(actual, false), problems));
        coref.ifPresent(expected -> compareSets("coref mentions", expected, mentionList(actual, true), problems));
        return problems;
    }

    private static void compareSets(String what, List<String> expected, List<String> actual, List<String> problems) {
        Set<String> expectedSet = Set.copyOf(expected);
        Set<String> actualSet = Set.copyOf(actual);
        if (expectedSet.size() != expected.size() || actualSet.size() != actual.size()) {
            if (!sorted(expected).equals(sorted(actual))) {
                problems.add(what + ": expected " + expected + " but was " + actual);
            }
            return;
        }
        List<String> missing = expected.stream().filter(e -> !actualSet.contains(e)).toList();
        List<String> extra = actual.stream().filter(a -> !expectedSet.contains(a)).toList();
        if (!missing.isEmpty() || !extra.isEmpty()) {
            problems.add(what + ": missing " + missing + ", unexpected " + extra);
        }
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    /** The mentions of an entity as {@code text@begin}: those that coreference added, or the others. */
    static List<String> mentionList(Entity entity, boolean fromCoref) {
        return entity.mentions().stream()
                .filter(m -> m.extractor().equals(EntityExtractor.COREF) == fromCoref)
                .map(ExpectedEntity::mention)
                .toList();
    }

    static String mention(Evidence evidence) {
        return evidence.text() + "@" + evidence.span().begin();
    }

    /** {@code entity} as an {@code expected.tsv} row, for failure messages and for writing new cases. */
    static String row(Entity entity) {
        return String.join("\t", entity.type().name(), entity.name(), cell(entity.names()), cell(entity.aliases()),
                cell(mentionList(entity, false)), cell(mentionList(entity, true)));
    }

    private static String cell(List<String> values) {
        return values.isEmpty() ? "-" : String.join("|", values);
    }
}
