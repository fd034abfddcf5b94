package org.newskg.bench;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.newskg.sys.IngestSummary;

/** Reports with round figures, for the statistics and formatting tests. */
final class BenchFixtures {
    static final long GIB = 1L << 30;

    private BenchFixtures() {
    }

    /** 30 articles in 90 s on one thread (20/min) and 60 s on two (30/min). */
    static BenchReport report() {
        BenchRun one = new BenchRun(1, new IngestSummary(30, 0, 6000, Duration.ofSeconds(90), 80_000, 4_000, 6_000),
                new LatencyStats(30, 2_500, 4_000, 5_000), 3 * GIB, 120_000, 3_000, 1.5);
        BenchRun two = new BenchRun(2, new IngestSummary(30, 0, 6000, Duration.ofSeconds(60), 90_000, 4_000, 6_000),
                new LatencyStats(30, 3_000, 5_500, 6_000), 4 * GIB, 114_000, 4_500, 3.25);
        Machine machine = new Machine(2, 5 * GIB, "OpenJDK Runtime Environment 17.0.15", "Linux amd64", 2.0);
        return new BenchReport(OffsetDateTime.of(2025, 11, 25, 13, 5, 0, 0, ZoneOffset.UTC), machine,
                "java -Xmx5g -jar target/newskg.jar bench", "../shared/dev/articles", 15, 30, 2, 19_300, 25_100,
                GIB + GIB / 2, GIB, List.of(one, two));
    }
}
