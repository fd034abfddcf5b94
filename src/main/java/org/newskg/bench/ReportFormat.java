package org.newskg.bench;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Renders a {@link BenchReport} as a fixed-width text table for the terminal or as a markdown section. Both show the
 * same figures: a few lines on the machine, corpus and model loading, then one column per run. Lines end with
 * {@code \n}. Stateless and thread-safe.
 *
 * <pre>
 *                                      1 thread   2 threads
 * articles stored                            30          30
 * articles per minute                      19.2        28.7
 * ...
 * </pre>
 */
public final class ReportFormat {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);
    private static final long GIB = 1L << 30;

    private ReportFormat() {
    }

    public static String text(BenchReport report) {
        StringBuilder out = new StringBuilder();
        out.append("newskg bench, ").append(DATE.format(report.date())).append('\n');
        for (String[] line : header(report)) {
            out.append(line[0]).append(": ").append(line[1]).append('\n');
        }
        out.append('\n');
        List<List<String>> rows = rows(report);
        int labelWidth = rows.stream().mapToInt(r -> r.get(0).length()).max().orElse(0);
        int cellWidth = rows.stream().flatMap(r -> r.subList(1, r.size()).stream()).mapToInt(String::length).max()
                .orElse(0);
        for (List<String> row : rows) {
            out.append(pad(row.get(0), labelWidth, false));
            row.subList(1, row.size()).forEach(cell -> out.append("  ").append(pad(cell, cellWidth, true)));
            out.append('\n');
        }
        return out.toString();
    }

    public static String markdown(BenchReport report) {
        StringBuilder out = new StringBuilder();
        out.append("## Run of ").append(DATE.format(report.date())).append("\n\n");
        for (String[] line : header(report)) {
            out.append("- ").append(line[0]).append(": ").append(line[0].equals("Command") ? "`" + line[1] + "`"
                    : line[1]).append('\n');
        }
        out.append('\n');
        List<List<String>> rows = rows(report);
        for (int i = 0; i < rows.size(); i++) {
            out.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
            if (i == 0) {
                out.append("|---").append("|---:".repeat(rows.get(i).size() - 1)).append("|\n");
            }
        }
        return out.toString();
    }

    private static List<String[]> header(BenchReport report) {
        Machine machine = report.machine();
        return List.of(
                new String[] {"Command", report.command()},
                new String[] {"Machine", machine.cores() + " cores, max heap " + gib(machine.maxHeapBytes()) + ", "
                        + machine.java() + ", " + machine.os() + loadAverage(", load average ", machine.loadAverage(),
                        " at start")},
                new String[] {"Corpus", report.totalArticles() + " articles per run, " + report.distinctArticles()
                        + " distinct from " + report.corpus() + "; warm-up on " + report.warmupArticles()
                        + (report.warmupArticles() == 1 ? " article" : " articles") + ", not counted"},
                new String[] {"NLP model load", seconds(report.loadMillis()) + " (" + (report.loadCpuMillis() < 0 ? ""
                        : "CPU " + seconds(report.loadCpuMillis()) + ", ") + "peak heap "
                        + gib(report.loadPeakHeapBytes()) + ", live heap after load " + gib(report.liveHeapBytes())
                        + ")"});
    }

    private static List<List<String>> rows(BenchReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(report, "", r -> r.threads() + (r.threads() == 1 ? " thread" : " threads")));
        rows.add(row(report, "articles stored", r -> r.articles() + (r.summary().skipped() == 0 ? ""
                : " (" + r.summary().skipped() + " skipped)")));
        rows.add(row(report, "wall time", r -> seconds(r.elapsed().toMillis())));
        rows.add(row(report, "articles per minute", r -> format("%.1f", r.articlesPerMinute())));
        rows.add(row(report, "speedup over " + report.baseline().map(r -> r.threads() + (r.threads() == 1
                ? " thread" : " threads")).orElse("-"), r -> format("%.2f×", report.speedup(r))));
        rows.add(row(report, "seconds per article, p50", r -> format("%.2f", r.latency().p50Millis() / 1000.0)));
        rows.add(row(report, "seconds per article, p95", r -> format("%.2f", r.latency().p95Millis() / 1000.0)));
        rows.add(row(report, "NLP (sum over threads)", r -> stage(r, r.summary().nlpMillis())));
        rows.add(row(report, "extraction", r -> stage(r, r.summary().extractMillis())));
        rows.add(row(report, "mapping + store", r -> stage(r, r.summary().storeMillis())));
        rows.add(row(report, "share outside NLP", r -> format("%.1f %%", 100 * r.summary().shareOutsideNlp())));
        rows.add(row(report, "triples", r -> Long.toString(r.summary().triples())));
        rows.add(row(report, "triples/s into TDB2 (store time)", r -> format("%.0f", r.triplesPerStoreSecond())));
        rows.add(row(report, "triples/s (wall time)", r -> format("%.0f", r.triplesPerWallSecond())));
        rows.add(row(report, "peak heap", r -> gib(r.peakHeapBytes())));
        rows.add(row(report, "GC time", r -> r.gcMillis() < 0 ? "-" : seconds(r.gcMillis())));
        rows.add(row(report, "process CPU time", r -> r.cpuMillis() < 0 ? "-" : seconds(r.cpuMillis())));
        rows.add(row(report, "CPU seconds per article", r -> r.cpuMillis() < 0 ? "-"
                : format("%.2f", r.cpuSecondsPerArticle())));
        rows.add(row(report, "cores busy (CPU / wall)", r -> r.cpuMillis() < 0 ? "-"
                : format("%.2f of %d", r.coresBusy(), report.machine().cores())));
        rows.add(row(report, "load average at end", r -> loadAverage("", r.loadAverage(), "")));
        return rows;
    }

    private static List<String> row(BenchReport report, String label, Function<BenchRun, String> cell) {
        List<String> row = new ArrayList<>();
        row.add(label);
        report.runs().forEach(run -> row.add(cell.apply(run)));
        return row;
    }

    private static String stage(BenchRun run, long millis) {
        return seconds(millis) + format(" (%.1f %%)", 100 * run.share(millis));
    }

    static String seconds(long millis) {
        return format("%.1f s", millis / 1000.0);
    }

    static String gib(long bytes) {
        return format("%.2f GiB", (double) bytes / GIB);
    }

    private static String loadAverage(String prefix, double load, String suffix) {
        return load < 0 ? (prefix.isEmpty() ? "-" : "") : prefix + format("%.2f", load) + suffix;
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
