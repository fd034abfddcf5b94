package org.newskg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders newskg's figures next to a plain pipeline's ({@link BaselineReport}) as text or markdown: model load,
 * articles per minute, seconds per article, CPU per article and heap, with how many times newskg is faster or
 * smaller. newskg's column is its one-thread run (or its first run), the baseline's is one article at a time.
 * Stateless and thread-safe.
 */
public final class ComparisonFormat {
    private ComparisonFormat() {
    }

    public static String text(BenchReport report, BaselineReport baseline) {
        StringBuilder out = new StringBuilder();
        out.append('\n').append("Baseline: ").append(baseline.pipeline()).append('\n');
        out.append("Baseline corpus: the first ").append(baseline.articles()).append(" articles of the runs' ")
                .append(report.totalArticles()).append(", one at a time; newskg: ").append(newskgLabel(report))
                .append('\n').append('\n');
        List<String[]> rows = rows(report, baseline);
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            out.append(row[0]).append(" ".repeat(widths[0] - row[0].length()));
            for (int i = 1; i < row.length; i++) {
                out.append("  ").append(" ".repeat(widths[i] - row[i].length())).append(row[i]);
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static String markdown(BenchReport report, BaselineReport baseline) {
        StringBuilder out = new StringBuilder();
        out.append("\n### Against ").append(baseline.pipeline()).append("\n\n");
        out.append("The baseline annotated the first ").append(baseline.articles()).append(" articles of the ")
                .append(report.totalArticles()).append(", one at a time; newskg's column is its ")
                .append(newskgLabel(report)).append(". Load average at the end: ")
                .append(baseline.loadAverage() < 0 ? "-" : format("%.2f", baseline.loadAverage()))
                .append(".\n\n");
        List<String[]> rows = rows(report, baseline);
        for (int i = 0; i < rows.size(); i++) {
            out.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
            if (i == 0) {
                out.append("|---|---:|---:|---:|\n");
            }
        }
        return out.toString();
    }

    private static String newskgLabel(BenchReport report) {
        return report.baseline().map(r -> r.threads() + (r.threads() == 1 ? " thread" : " threads") + " run over all "
                + r.articles() + " articles").orElse("no run");
    }

    private static List<String[]> rows(BenchReport report, BaselineReport plain) {
        BenchRun run = report.baseline().orElseThrow(() -> new IllegalStateException("the bench has no run"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "newskg", "baseline", "newskg better by"});
        rows.add(new String[] {"model load", ReportFormat.seconds(report.loadMillis()),
            ReportFormat.seconds(plain.loadMillis()), times(plain.loadMillis(), report.loadMillis())});
        rows.add(new String[] {"model load, CPU", cpu(report.loadCpuMillis()), cpu(plain.loadCpuMillis()),
            plain.loadCpuMillis() < 0 || report.loadCpuMillis() < 0 ? "-"
                : times(plain.loadCpuMillis(), report.loadCpuMillis())});
        rows.add(new String[] {"articles per minute", format("%.1f", run.articlesPerMinute()),
            format("%.1f", plain.articlesPerMinute()), times(run.articlesPerMinute(), plain.articlesPerMinute())});
        rows.add(new String[] {"seconds per article, p50", format("%.2f", run.latency().p50Millis() / 1000.0),
            format("%.2f", plain.latency().p50Millis() / 1000.0),
            times(plain.latency().p50Millis(), run.latency().p50Millis())});
        rows.add(new String[] {"seconds per article, p95", format("%.2f", run.latency().p95Millis() / 1000.0),
            format("%.2f", plain.latency().p95Millis() / 1000.0),
            times(plain.latency().p95Millis(), run.latency().p95Millis())});
        rows.add(new String[] {"CPU seconds per article", cpuPerArticle(run.cpuSecondsPerArticle()),
            cpuPerArticle(plain.cpuSecondsPerArticle()), run.cpuSecondsPerArticle() <= 0
                || plain.cpuSecondsPerArticle() < 0 ? "-"
                : times(plain.cpuSecondsPerArticle(), run.cpuSecondsPerArticle())});
        rows.add(new String[] {"live heap after load", ReportFormat.gib(report.liveHeapBytes()),
            ReportFormat.gib(plain.liveHeapBytes()), times(plain.liveHeapBytes(), report.liveHeapBytes())});
        rows.add(new String[] {"peak heap", ReportFormat.gib(run.peakHeapBytes()),
            ReportFormat.gib(plain.peakHeapBytes()), times(plain.peakHeapBytes(), run.peakHeapBytes())});
        return rows;
    }

    /** {@code numerator / denominator} as {@code 5.2×}, or {@code -} when it cannot be told. */
    static String times(double numerator, double denominator) {
        return denominator <= 0 || numerator < 0 ? "-" : format("%.1f×", numerator / denominator);
    }

    private static String cpu(long millis) {
        return millis < 0 ? "-" : ReportFormat.seconds(millis);
    }

    private static String cpuPerArticle(double seconds) {
        return seconds < 0 ? "-" : format("%.2f s", seconds);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
