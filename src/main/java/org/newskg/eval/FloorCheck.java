package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Minimum F1 per kind, read from a floors file, and the check of a {@link ScoreSummary} against them.
 *
 * <p>The file has one floor a line, {@code KIND TAB MINIMUM}: KIND is a scored kind ({@code entity},
 * {@code leadership}, {@code affiliation}, {@code family}, {@code quote}, {@code event}, {@code located}) or
 * {@code total}; MINIMUM is a decimal from 0 to 1. Fields may also be separated by spaces. {@code #} starts a comment
 * line; blank lines are skipped; each kind at most once; kinds without a line are not checked.
 *
 * <pre>
 * # kind	minimum F1
 * entity	0.60
 * total	0.50
 * </pre>
 *
 * <p>A kind is below its floor when its F1 is defined and smaller than the minimum. An undefined F1 (no gold and no
 * judged rows of the kind) is not below any floor: there is nothing to judge. Immutable and thread-safe.
 *
 * <p>Usage: {@code FloorCheck.read(Path.of("src/test/resources/quality-floors.tsv")).check(summary)} returns the
 * violations; an empty list means every floor is met.
 */
public final class FloorCheck {
    private final Map<String, Double> floors;

    private FloorCheck(Map<String, Double> floors) {
        this.floors = Collections.unmodifiableMap(new LinkedHashMap<>(floors));
    }

    /** Reads a floors file, naming it by its path in messages. */
    public static FloorCheck read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new EvaluationException(file + ": cannot read the floors file: " + e.getMessage()
                    + ". Check the path.", e);
        }
    }

    /**
     * Parses the text of a floors file.
     *
     * @param source the file as shown to the user
     * @throws EvaluationException on the first malformed line
     */
    public static FloorCheck parse(String text, String source) {
        Map<String, Double> floors = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new EvaluationException(source, i + 1, lines[i], "expected 2 fields (kind, minimum F1) but "
                        + "found " + parts.length + ": " + GoldFile.quote(lines[i]) + ". Write e.g. 'entity<TAB>0.6'.");
            }
            String kind = checkKind(parts[0], source, i + 1);
            if (floors.put(kind, minimum(kind, parts[1], source, i + 1)) != null) {
                throw new EvaluationException(source, i + 1, lines[i], "a second floor for '" + kind
                        + "'. Keep one line per kind.");
            }
        }
        return new FloorCheck(floors);
    }

    /** The floors, kind token (or {@code total}) to minimum F1, in file order. */
    public Map<String, Double> floors() {
        return floors;
    }

    /** The kinds whose F1 in {@code summary} is below their floor, in file order; empty when all are met. */
    public List<FloorViolation> check(ScoreSummary summary) {
        List<FloorViolation> violations = new ArrayList<>();
        floors.forEach((kind, floor) -> {
            Scores scores = summary.get(kind).orElseThrow();
            OptionalDouble f1 = scores.f1();
            if (f1.isPresent() && f1.getAsDouble() < floor) {
                violations.add(new FloorViolation(kind, floor, scores));
            }
        });
        return List.copyOf(violations);
    }

    private static String checkKind(String kind, String source, int line) {
        if (kind.equals(FactKind.NOTQUOTE.token())) {
            throw new EvaluationException(source, line, kind, "'notquote' has no score of its own: its violations "
                    + "count as false positives of 'quote'. Give a floor for 'quote' instead.");
        }
        if (!kind.equals(ScoreSummary.TOTAL) && FactKind.byToken(kind).filter(FactKind.scored()::contains).isEmpty()) {
            String known = FactKind.scored().stream().map(FactKind::token).collect(Collectors.joining(", "));
            throw new EvaluationException(source, line, kind, "unknown kind " + GoldFile.quote(kind) + ". Use one of "
                    + known + ", total.");
        }
        return kind;
    }

    private static double minimum(String kind, String value, String source, int line) {
        double minimum;
        try {
            minimum = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            minimum = Double.NaN;
        }
        if (Double.isNaN(minimum) || minimum < 0 || minimum > 1) {
            throw new EvaluationException(source, line, value, "minimum F1 for '" + kind + "' must be a decimal from "
                    + "0 to 1 but was " + GoldFile.quote(value) + ". Write e.g. 0.6 for 60%.");
        }
        return minimum;
    }
}
