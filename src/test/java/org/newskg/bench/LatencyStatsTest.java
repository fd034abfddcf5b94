package org.newskg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void nearestRankOfOneToTwenty() {
        List<Long> values = LongStream.rangeClosed(1, 20).boxed().toList();
        assertThat(LatencyStats.percentile(values, 50)).isEqualTo(10);
        assertThat(LatencyStats.percentile(values, 95)).isEqualTo(19);
        assertThat(LatencyStats.percentile(values, 100)).isEqualTo(20);
        assertThat(LatencyStats.percentile(values, 1)).isEqualTo(1);
    }

    @Test
    void thirtyValuesGiveTheFifteenthAndTwentyNinth() {
        List<Long> values = new ArrayList<>(LongStream.rangeClosed(1, 30).map(v -> v * 100).boxed().toList());
        Collections.shuffle(values, new java.util.Random(7));
        LatencyStats stats = LatencyStats.of(values);
        assertThat(stats).isEqualTo(new LatencyStats(30, 1500, 2900, 3000));
    }

    @Test
    void oneValueIsEveryPercentile() {
        assertThat(LatencyStats.of(List.of(42L))).isEqualTo(new LatencyStats(1, 42, 42, 42));
    }

    @Test
    void noValuesGiveNone() {
        assertThat(LatencyStats.of(List.of())).isEqualTo(LatencyStats.NONE);
    }

    @Test
    void evenCountMedianIsTheLowerMiddleValue() {
        assertThat(LatencyStats.of(List.of(4L, 1L, 3L, 2L)).p50Millis()).isEqualTo(2);
    }

    @Test
    void percentOutsideRangeIsRejected() {
        assertThatThrownBy(() -> LatencyStats.percentile(List.of(1L), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 100]");
        assertThatThrownBy(() -> LatencyStats.percentile(List.of(1L), 101))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencyStats.percentile(List.of(), 50))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
