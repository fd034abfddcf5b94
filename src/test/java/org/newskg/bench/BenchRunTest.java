package org.newskg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.sys.IngestSummary;

class BenchRunTest {

    @Test
    void ratesComeFromWallTimeAndStoreTime() {
        BenchRun run = BenchFixtures.report().runs().get(0);
        assertThat(run.articlesPerMinute()).isCloseTo(20.0, within(1e-9));
        assertThat(run.triplesPerStoreSecond()).isCloseTo(1000.0, within(1e-9));
        assertThat(run.triplesPerWallSecond()).isCloseTo(6000 / 90.0, within(1e-9));
    }

    @Test
    void cpuTimeIsPerArticleAndPerWallSecond() {
        BenchRun two = BenchFixtures.report().runs().get(1);
        assertThat(two.cpuSecondsPerArticle()).isCloseTo(3.8, within(1e-9));
        assertThat(two.coresBusy()).isCloseTo(1.9, within(1e-9));
    }

    @Test
    void sharesAreOfTheSummedStageTime() {
        BenchRun run = BenchFixtures.report().runs().get(0);
        assertThat(run.stageMillis()).isEqualTo(90_000);
        assertThat(run.share(run.summary().nlpMillis())).isCloseTo(80 / 90.0, within(1e-9));
        assertThat(run.summary().shareOutsideNlp()).isCloseTo(10 / 90.0, within(1e-9));
    }

    @Test
    void speedupIsOverTheOneThreadRun() {
        BenchReport report = BenchFixtures.report();
        assertThat(report.baseline()).contains(report.runs().get(0));
        assertThat(report.speedup(report.runs().get(1))).isCloseTo(1.5, within(1e-9));
        assertThat(report.speedup(report.runs().get(0))).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void withoutAOneThreadRunTheFirstRunIsTheBaseline() {
        BenchReport report = BenchFixtures.report();
        BenchReport twoOnly = new BenchReport(report.date(), report.machine(), report.command(), report.corpus(), 15,
                30, 2, 1, -1, 1, 1,
                List.of(report.runs().get(1)));
        assertThat(twoOnly.baseline()).contains(report.runs().get(1));
    }

    @Test
    void nothingMeasuredGivesZeroRatherThanInfinity() {
        BenchRun empty = BenchRun.of(1, new IngestSummary(0, 0, 0, Duration.ZERO, 0, 0, 0), List.of(), 0, -1, -1,
                -1);
        assertThat(empty.articlesPerMinute()).isZero();
        assertThat(empty.triplesPerStoreSecond()).isZero();
        assertThat(empty.share(0)).isZero();
        assertThat(empty.latency()).isEqualTo(LatencyStats.NONE);
        assertThat(empty.cpuSecondsPerArticle()).isNegative();
        assertThat(empty.coresBusy()).isNegative();
    }

    @Test
    void latencyIsTheSumOfTheStagesPerArticle() {
        List<ArticleTiming> timings = List.of(new ArticleTiming("a", 1000, 50, 30),
                new ArticleTiming("b", 2000, 60, 40), new ArticleTiming("c", 3000, 70, 50));
        BenchRun run = BenchRun.of(1, new IngestSummary(3, 0, 30, Duration.ofSeconds(7), 6000, 180, 120), timings,
                0, -1, -1, -1);
        assertThat(run.latency()).isEqualTo(new LatencyStats(3, 2100, 3120, 3120));
    }
}
