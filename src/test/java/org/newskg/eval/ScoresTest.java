package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScoresTest {

    @Test
    void precisionCountsRowsRecallCountsGoldLines() {
        Scores s = new Scores(10, 6, 8, 2, 3);

        assertThat(s.truePositives()).isEqualTo(6);
        assertThat(s.precision().getAsDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(s.recall().getAsDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(s.f1().getAsDouble()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-12));
    }

    @Test
    void undefinedMeasures() {
        assertThat(Scores.ZERO.precision()).isEmpty();
        assertThat(Scores.ZERO.recall()).isEmpty();
        assertThat(Scores.ZERO.f1()).isEmpty();
        Scores goldButNoRows = new Scores(3, 0, 0, 0, 2);
        assertThat(goldButNoRows.precision()).isEmpty();
        assertThat(goldButNoRows.f1()).hasValue(0.0);
        Scores rowsButNoGold = new Scores(0, 0, 2, 2, 0);
        assertThat(rowsButNoGold.precision()).hasValue(0.0);
        assertThat(rowsButNoGold.recall()).isEmpty();
        assertThat(rowsButNoGold.f1()).hasValue(0.0);
        assertThat(new Scores(2, 0, 2, 2, 0).f1()).hasValue(0.0);
    }

    @Test
    void sumIsElementWise() {
        Scores sum = Scores.sum(List.of(new Scores(1, 1, 2, 1, 0), new Scores(3, 2, 2, 0, 4), Scores.ZERO));

        assertThat(sum).isEqualTo(new Scores(4, 3, 4, 1, 4));
    }

    @Test
    void rejectsInconsistentCounts() {
        assertThatThrownBy(() -> new Scores(1, 2, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scores(1, 0, 1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scores(-1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void summaryLooksUpKindsAndTotalByLabel() {
        ScoreSummary summary = new ScoreSummary(Map.of(FactKind.QUOTE, new Scores(2, 1, 1, 0, 0),
                FactKind.ENTITY, new Scores(3, 3, 4, 1, 0)));

        assertThat(summary.byKind().keySet()).containsExactlyElementsOf(FactKind.scored());
        assertThat(summary.get("quote")).contains(new Scores(2, 1, 1, 0, 0));
        assertThat(summary.get(FactKind.NOTQUOTE)).isEqualTo(new Scores(2, 1, 1, 0, 0));
        assertThat(summary.get("notquote")).isEmpty();
        assertThat(summary.get("located")).contains(Scores.ZERO);
        assertThat(summary.get("total")).contains(new Scores(5, 4, 5, 1, 0));
        assertThat(summary.get("nonsense")).isEmpty();
    }
}
