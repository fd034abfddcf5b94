package org.newskg.eval;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * The counts of one kind (or of all kinds), for one article or summed over many, and the measures derived from them.
 *
 * <ul>
 *   <li>{@code gold}: gold lines of the kind ({@code notquote} lines are not counted: they are not to be recalled);
 *   <li>{@code hits}: gold lines that at least one row matches;
 *   <li>{@code rows}: judged rows, i.e. distinct rows (on the scored columns) minus {@code unjudged};
 *   <li>{@code falsePositives}: judged rows that match no gold line of the kind, or that match a {@code notquote};
 *   <li>{@code unjudged}: rows the gold cannot judge (a quotation under 8 words or an event without a date, matching
 *       no gold line); they count neither as right nor as wrong.
 * </ul>
 *
 * <p>Precision is {@code (rows - falsePositives) / rows} and is empty when there are no judged rows; recall is
 * {@code hits / gold} and is empty when there is no gold. Several rows may match one gold line (an entity has a row
 * per name), so precision counts rows and recall counts gold lines. F1 is the harmonic mean; when only one of the
 * two is defined, there was either gold and no row or rows and no gold, and F1 is 0; when neither is, F1 is empty.
 *
 * @param gold           gold lines to be recalled
 * @param hits           gold lines matched by some row; at most {@code gold}
 * @param rows           judged distinct rows
 * @param falsePositives judged rows that are wrong; at most {@code rows}
 * @param unjudged       distinct rows left out of {@code rows}
 */
public record Scores(int gold, int hits, int rows, int falsePositives, int unjudged) {

    /** All counts zero. */
    public static final Scores ZERO = new Scores(0, 0, 0, 0, 0);

    public Scores {
        if (gold < 0 || hits < 0 || rows < 0 || falsePositives < 0 || unjudged < 0 || hits > gold
                || falsePositives > rows) {
            throw new IllegalArgumentException("inconsistent scores: gold=" + gold + " hits=" + hits + " rows="
                    + rows + " fp=" + falsePositives + " unjudged=" + unjudged);
        }
    }

    /** Judged rows that are right: {@code rows - falsePositives}. */
    public int truePositives() {
        return rows - falsePositives;
    }

    /** {@code (rows - falsePositives) / rows}; empty when there are no judged rows. */
    public OptionalDouble precision() {
        return rows == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) truePositives() / rows);
    }

    /** {@code hits / gold}; empty when there is no gold. */
    public OptionalDouble recall() {
        return gold == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) hits / gold);
    }

    /** Harmonic mean of precision and recall; 0 when only one is defined; empty when neither is. */
    public OptionalDouble f1() {
        OptionalDouble p = precision();
        OptionalDouble r = recall();
        if (p.isEmpty() && r.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (p.isEmpty() || r.isEmpty()) {
            return OptionalDouble.of(0.0);
        }
        double sum = p.getAsDouble() + r.getAsDouble();
        return OptionalDouble.of(sum == 0 ? 0.0 : 2 * p.getAsDouble() * r.getAsDouble() / sum);
    }

    /** The element-wise sum: the micro-average of two scores. */
    public Scores plus(Scores other) {
        return new Scores(gold + other.gold, hits + other.hits, rows + other.rows,
                falsePositives + other.falsePositives, unjudged + other.unjudged);
    }

    /** The element-wise sum of all. */
    public static Scores sum(Collection<Scores> all) {
        return all.stream().reduce(ZERO, Scores::plus);
    }
}
