package org.newskg.eval;

import java.util.Locale;
import java.util.Objects;

/**
 * A kind whose F1 is below its floor.
 *
 * @param kind   a kind token such as {@code quote}, or {@code total}
 * @param floor  the minimum F1 from the floors file
 * @param scores the kind's scores; its {@link Scores#f1() F1} is below {@code floor}
 */
public record FloorViolation(String kind, double floor, Scores scores) {
    public FloorViolation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scores, "scores");
    }

    /** E.g. {@code quote: F1 0.412 is below its floor 0.450 (gold 70, hits 30, rows 50, fp 20)}. */
    public String message() {
        return String.format(Locale.ROOT, "%s: F1 %s is below its floor %.3f (gold %d, hits %d, rows %d, fp %d)",
                kind, ScoreTable.decimal(scores.f1()), floor, scores.gold(), scores.hits(), scores.rows(),
                scores.falsePositives());
    }
}
