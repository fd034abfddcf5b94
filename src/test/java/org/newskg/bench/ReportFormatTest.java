package org.newskg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.sys.IngestSummary;

class ReportFormatTest {

    @Test
    void textTable() {
        assertThat(ReportFormat.text(BenchFixtures.report())).isEqualTo("""
                newskg bench, 2025-11-25 13:05 +00:00
                Command: java -Xmx5g -jar target/newskg.jar bench
                Machine: 2 cores, max heap 5.00 GiB, OpenJDK Runtime Environment 17.0.15, Linux amd64, \
                load average 2.00 at start
                Corpus: 30 articles per run, 15 distinct from ../shared/dev/articles; warm-up on 2 articles, not counted
                NLP model load: 19.3 s (CPU 25.1 s, peak heap 1.50 GiB, live heap after load 1.00 GiB)

                                                         1 thread        2 threads
                articles stored                                30               30
                wall time                                  90.0 s           60.0 s
                articles per minute                          20.0             30.0
                speedup over 1 thread                       1.00×            1.50×
                seconds per article, p50                     2.50             3.00
                seconds per article, p95                     4.00             5.50
                NLP (sum over threads)            80.0 s (88.9 %)  90.0 s (90.0 %)
                extraction                          4.0 s (4.4 %)    4.0 s (4.0 %)
                mapping + store                     6.0 s (6.7 %)    6.0 s (6.0 %)
                share outside NLP                          11.1 %           10.0 %
                triples                                      6000             6000
                triples/s into TDB2 (store time)             1000             1000
                triples/s (wall time)                          67              100
                peak heap                                3.00 GiB         4.00 GiB
                GC time                                     3.0 s            4.5 s
                process CPU time                          120.0 s          114.0 s
                CPU seconds per article                      4.00             3.80
                cores busy (CPU / wall)                 1.33 of 2        1.90 of 2
                load average at end                          1.50             3.25
                """);
    }

    @Test
    void markdownSection() {
        assertThat(ReportFormat.markdown(BenchFixtures.report())).isEqualTo("""
                ## Run of 2025-11-25 13:05 +00:00

                - Command: `java -Xmx5g -jar target/newskg.jar bench`
                - Machine: 2 cores, max heap 5.00 GiB, OpenJDK Runtime Environment 17.0.15, Linux amd64, \
                load average 2.00 at start
                - Corpus: 30 articles per run, 15 distinct from ../shared/dev/articles; warm-up on 2 articles, \
                not counted
                - NLP model load: 19.3 s (CPU 25.1 s, peak heap 1.50 GiB, live heap after load 1.00 GiB)

                |  | 1 thread | 2 threads |
                |---|---:|---:|
                | articles stored | 30 | 30 |
                | wall time | 90.0 s | 60.0 s |
                | articles per minute | 20.0 | 30.0 |
                | speedup over 1 thread | 1.00× | 1.50× |
                | seconds per article, p50 | 2.50 | 3.00 |
                | seconds per article, p95 | 4.00 | 5.50 |
                | NLP (sum over threads) | 80.0 s (88.9 %) | 90.0 s (90.0 %) |
                | extraction | 4.0 s (4.4 %) | 4.0 s (4.0 %) |
                | mapping + store | 6.0 s (6.7 %) | 6.0 s (6.0 %) |
                | share outside NLP | 11.1 % | 10.0 % |
                | triples | 6000 | 6000 |
                | triples/s into TDB2 (store time) | 1000 | 1000 |
                | triples/s (wall time) | 67 | 100 |
                | peak heap | 3.00 GiB | 4.00 GiB |
                | GC time | 3.0 s | 4.5 s |
                | process CPU time | 120.0 s | 114.0 s |
                | CPU seconds per article | 4.00 | 3.80 |
                | cores busy (CPU / wall) | 1.33 of 2 | 1.90 of 2 |
                | load average at end | 1.50 | 3.25 |
                """);
    }

    @Test
    void skippedArticlesAreShownNextToTheStoredOnes() {
        BenchReport report = BenchFixtures.report();
        BenchRun run = report.runs().get(0);
        BenchRun skipped = new BenchRun(1, new IngestSummary(28, 2, 6000, run.elapsed(), 1, 1, 1),
                run.latency(), 0, -1, -1, -1);
        BenchReport withSkipped = new BenchReport(report.date(), report.machine(), report.command(), report.corpus(),
                15, 30, 2, 1, -1, 1, 1, List.of(skipped));
        assertThat(ReportFormat.text(withSkipped)).contains("28 (2 skipped)")
                .containsPattern("load average at end +-\n");
    }
}
