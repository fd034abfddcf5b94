package org.newskg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** newskg's figures set against a plain pipeline's. */
class ComparisonFormatTest {
    /** 15 articles in 300 s (3/min), 20 s each at p50, 6 GiB peak, loaded in 61.2 s. */
    private static BaselineReport plain() {
        return new BaselineReport("CoreNLP full", 15, 61_200, 70_000, 5 * BenchFixtures.GIB, Duration.ofSeconds(300),
                new LatencyStats(15, 20_000, 30_000, 31_000), 330_000, 6 * BenchFixtures.GIB, 9_000, 4.0);
    }

    @Test
    void ratiosAreNewskgsOneThreadRunOverTheBaseline() {
        BaselineReport plain = plain();
        assertThat(plain.articlesPerMinute()).isEqualTo(3.0);
        assertThat(plain.cpuSecondsPerArticle()).isEqualTo(22.0);
        String text = ComparisonFormat.text(BenchFixtures.report(), plain);
        assertThat(text).contains("Baseline: CoreNLP full")
                .contains("the first 15 articles of the runs' 30, one at a time; newskg: 1 thread run over all 30")
                .containsPattern("model load +19\\.3 s +61\\.2 s +3\\.2×")
                .containsPattern("articles per minute +20\\.0 +3\\.0 +6\\.7×")
                .containsPattern("seconds per article, p50 +2\\.50 +20\\.00 +8\\.0×")
                .containsPattern("CPU seconds per article +4\\.00 s +22\\.00 s +5\\.5×")
                .containsPattern("peak heap +3\\.00 GiB +6\\.00 GiB +2\\.0×");
    }

    @Test
    void markdownHasTheSameRowsAndTheLoadAverage() {
        String markdown = ComparisonFormat.markdown(BenchFixtures.report(), plain());
        assertThat(markdown).startsWith("\n### Against CoreNLP full\n").contains("Load average at the end: 4.00.")
                .contains("|  | newskg | baseline | newskg better by |\n|---|---:|---:|---:|\n")
                .contains("| articles per minute | 20.0 | 3.0 | 6.7× |");
    }

    @Test
    void anUnknownFigureGivesNoRatio() {
        BaselineReport unknownCpu = new BaselineReport("p", 1, 1_000, -1, 0, Duration.ofSeconds(10),
                new LatencyStats(1, 10_000, 10_000, 10_000), -1, 0, -1, -1);
        assertThat(ComparisonFormat.text(BenchFixtures.report(), unknownCpu))
                .containsPattern("model load, CPU +25\\.1 s +- +-\n")
                .containsPattern("CPU seconds per article .* - +-\n");
        assertThat(ComparisonFormat.times(5, 0)).isEqualTo("-");
    }
}
