package org.newskg.eval;

import java.util.OptionalDouble;

/**
 * What the rows of one rule scored on one kind, in one article or summed over many.
 *
 * @param rows           judged distinct rows the rule made
 * @param hits           gold lines its rows matched, counted once per article
 * @param falsePositives judged rows of it that are wrong
 * @param unjudged       rows of it that the gold cannot judge (see {@link Judge})
 */
public record RuleScores(int rows, int hits, int falsePositives, int unjudged) {
    public static final RuleScores ZERO = new RuleScores(0, 0, 0, 0);

    public RuleScores {
        if (rows < 0 || hits < 0 || falsePositives < 0 || unjudged < 0 || falsePositives > rows) {
            throw new IllegalArgumentException("inconsistent rule scores: rows=" + rows + " hits=" + hits + " fp="
                    + falsePositives + " unjudged=" + unjudged);
        }
    }

    /** {@code (rows - falsePositives) / rows}; empty when none of its rows was judged. */
    public OptionalDouble precision() {
        return rows == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (rows - falsePositives) / rows);
    }

    public RuleScores plus(RuleScores other) {
        return new RuleScores(rows + other.rows, hits + other.hits, falsePositives + other.falsePositives,
                unjudged + other.unjudged);
    }
}
