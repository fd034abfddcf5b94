package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FloorCheckTest {
    private static final String SOURCE = "quality-floors.tsv";

    @Test
    void readsAFloorsFile() {
        FloorCheck floors = FloorCheck.read(Path.of("src/test/resources/eval/quality-floors.tsv"));

        assertThat(floors.floors()).containsExactly(Map.entry("entity", 0.5), Map.entry("quote", 0.8),
                Map.entry("total", 0.25));
    }

    @Test
    void reportsKindsBelowTheirFloorInFileOrder() {
        FloorCheck floors = FloorCheck.parse("""
                # kind\tminimum F1
                total\t0.9
                entity   0.5

                quote\t0.52
                family\t0.1
                event\t0.1
                """, SOURCE);
        ScoreSummary summary = new ScoreSummary(Map.of(
                FactKind.ENTITY, new Scores(10, 5, 10, 5, 0),
                FactKind.QUOTE, new Scores(70, 30, 50, 20, 0),
                FactKind.FAMILY, new Scores(2, 0, 0, 0, 0)));

        // entity meets its floor exactly; event has neither gold nor rows, so its F1 is undefined and not checked
        assertThat(floors.check(summary)).extracting(FloorViolation::message).containsExactly(
                "total: F1 0.493 is below its floor 0.900 (gold 82, hits 35, rows 60, fp 25)",
                "quote: F1 0.500 is below its floor 0.520 (gold 70, hits 30, rows 50, fp 20)",
                "family: F1 0.000 is below its floor 0.100 (gold 2, hits 0, rows 0, fp 0)");
    }

    @Test
    void malformedFloorLines() {
        assertThatThrownBy(() -> FloorCheck.parse("# c\nentiy\t0.5\n", SOURCE))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("quality-floors.tsv [line 2]: unknown kind 'entiy'. Use one of entity, leadership, "
                        + "affiliation, family, quote, event, located, total.");
        assertThatThrownBy(() -> FloorCheck.parse("notquote\t0.5\n", SOURCE))
                .hasMessageContaining("Give a floor for 'quote' instead.");
        assertThatThrownBy(() -> FloorCheck.parse("entity\t80%\n", SOURCE))
                .hasMessage("quality-floors.tsv [line 1]: minimum F1 for 'entity' must be a decimal from 0 to 1 but "
                        + "was '80%'. Write e.g. 0.6 for 60%.");
        assertThatThrownBy(() -> FloorCheck.parse("entity\t1.5\n", SOURCE))
                .hasMessageContaining("must be a decimal from 0 to 1 but was '1.5'");
        assertThatThrownBy(() -> FloorCheck.parse("entity\n", SOURCE))
                .hasMessage("quality-floors.tsv [line 1]: expected 2 fields (kind, minimum F1) but found 1: "
                        + "'entity'. Write e.g. 'entity<TAB>0.6'.");
        assertThatThrownBy(() -> FloorCheck.parse("entity\t0.5\nentity\t0.6\n", SOURCE))
                .hasMessage("quality-floors.tsv [line 2]: a second floor for 'entity'. Keep one line per kind.");
    }
}
