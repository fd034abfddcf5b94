package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.article.Article;
import org.newskg.article.ArticleSource;
import org.newskg.article.ReadOptions;
import org.newskg.bench.BaselineBenchmark;
import org.newskg.bench.BaselineReport;
import org.newskg.bench.BenchCorpus;
import org.newskg.bench.BenchReport;
import org.newskg.bench.Benchmark;
import org.newskg.bench.ComparisonFormat;
import org.newskg.bench.ReportFormat;
import org.newskg.nlp.NlpEngine;
import org.newskg.sys.Models;
import org.newskg.sys.ProblemReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newskg bench}: how fast ingesting is, and where the time and memory go. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures ingesting: loads the NLP models once, warms up, then for each thread count "
                + "ingests the corpus into a fresh TDB2 store in a temporary directory (deleted afterwards).", "",
            "Reports model load time, articles per minute, seconds per article (p50, p95), time per stage, the "
                + "share outside NLP, peak heap, triples per second and the speedup over one thread. Takes "
                + "minutes; give the JVM -Xmx5g.", "",
            "With --baseline, then loads CoreNLP's default full pipeline and annotates the first articles with it, "
                + "and prints newskg's figures next to its own with the ratios (give the JVM -Xmx7g -XX:+UseG1GC; "
                + "./newskg does).", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "2:no articles, or bad options", "3:measured, but some articles were skipped"})
final class BenchCommand implements Callable<Integer> {
    private final Models models;

    static final List<Path> DEFAULT_ARTICLES = List.of(Path.of("../shared/dev/articles"), Path.of("data/articles"));

    @Spec
    private CommandSpec spec;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "Folder of articles (default: ../shared/dev/articles, else data/articles).")
    private Path articles;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "30",
            description = "Articles per run: the folder's articles repeated, each copy a separate article "
                    + "(default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--threads", paramLabel = "N", split = ",", defaultValue = "1,2",
            description = "Thread counts to measure, one run each (default: ${DEFAULT-VALUE}).")
    private List<Integer> threads;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "15",
            description = "Articles ingested before measuring, not counted (default: ${DEFAULT-VALUE}, one pass "
                    + "over the dev articles; with fewer, the first run still pays for warming up).")
    private int warmup;

    @Option(names = "--markdown", paramLabel = "FILE",
            description = "Also append the figures as a markdown section to FILE (created if missing).")
    private Path markdown;

    @Option(names = {"--baseline", "--compare-corenlp"},
            description = {"Then also run CoreNLP's default full pipeline (tokenize,ssplit,pos,lemma,ner,parse,"
                + "coref,quote,kbp,entitylink) over the first --baseline-articles articles, one at a time, and print "
                + "how many times newskg is faster. Needs about 6 GB of heap (./newskg gives it 7g) and a minute "
                + "to load, then 5 to 30 s per article."})
    private boolean baseline;

    @Option(names = "--baseline-articles", paramLabel = "N",
            description = "Articles the baseline annotates (default: one pass over the distinct articles).")
    private Integer baselineArticles;

    @Option(names = "--verbose", description = "Print stack traces and more detail.")
    private boolean verbose;

    BenchCommand(Models models) {
        this.models = models;
    }

    @Override
    public Integer call() {
        validate();
        PrintWriter err = spec.commandLine().getErr();
        Path directory = articlesDirectory();
        ProblemReporter problems = new ProblemReporter(err, verbose);
        List<Article> distinct = new ArrayList<>();
        ArticleSource.files().read(List.of(directory), ReadOptions.defaults(), distinct::add,
                problem -> problems.error(problem.message()));
        if (distinct.isEmpty()) {
            throw new UserInputException(directory + ": no articles could be read. Pass --articles DIR with "
                    + "articles in a format 'newskg ingest' reads.");
        }
        BenchReport report;
        try (NlpEngine nlp = models.loadNlp()) {
            report = Benchmark.create().nlp(nlp).corpus(directory.toString(), distinct, repeat).threads(threads)
                    .warmup(warmup).problems(problems).command(commandLine())
                    .status(message -> err.println("newskg bench: " + message)).build().run();
        }
        BaselineReport plain = baseline ? runBaseline(distinct, err) : null;
        spec.commandLine().getOut().print(ReportFormat.text(report));
        if (plain != null) {
            spec.commandLine().getOut().print(ComparisonFormat.text(report, plain));
        }
        spec.commandLine().getOut().flush();
        if (markdown != null) {
            appendMarkdown(ReportFormat.markdown(report) + (plain == null ? ""
                    : ComparisonFormat.markdown(report, plain)));
        }
        boolean skipped = report.runs().stream().anyMatch(r -> r.summary().skipped() > 0);
        return skipped || problems.errors() > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
    }

    /** After newskg's engine is closed, so that the heap figures are the baseline's own. */
    private BaselineReport runBaseline(List<Article> distinct, PrintWriter err) {
        int count = baselineArticles == null ? distinct.size() : baselineArticles;
        List<Article> articles = BenchCorpus.repeat(distinct, count);
        return BaselineBenchmark.create(() -> models.loadPlainNlp("corenlp"), articles)
                .status(message -> {
                    err.println("newskg bench: " + message);
                    err.flush();
                }).run();
    }

    private void validate() {
        if (baselineArticles != null && !baseline) {
            throw new ParameterException(spec.commandLine(), "--baseline-articles needs --baseline");
        }
        if (baselineArticles != null && baselineArticles < 1) {
            throw new ParameterException(spec.commandLine(), "--baseline-articles must be at least 1 but was "
                    + baselineArticles);
        }
        if (baseline) {
            BaselineOptions.requireHeap("--baseline", BaselineOptions.maxHeap.getAsLong());
        }
        if (repeat < 1) {
            throw new ParameterException(spec.commandLine(), "--repeat must be at least 1 but was " + repeat);
        }
        if (warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup must be at least 0 but was " + warmup);
        }
        for (int count : threads) {
            if (count < 1) {
                throw new ParameterException(spec.commandLine(), "--threads: each count must be at least 1 but "
                        + "was " + count + " in '" + threads.stream().map(String::valueOf)
                        .reduce((a, b) -> a + "," + b).orElse("") + "'");
            }
        }
    }

    private Path articlesDirectory() {
        if (articles != null) {
            if (!Files.isDirectory(articles)) {
                throw new UserInputException(articles + ": no such folder. Pass --articles DIR with articles.");
            }
            return articles;
        }
        return DEFAULT_ARTICLES.stream().filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new UserInputException("no articles: neither " + DEFAULT_ARTICLES.get(0)
                        + " nor " + DEFAULT_ARTICLES.get(1) + " exists. Pass --articles DIR."));
    }

    private void appendMarkdown(String section) {
        try {
            Path parent = markdown.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            String text = Files.exists(markdown) ? "\n" + section : section;
            Files.writeString(markdown, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UserInputException(markdown + ": cannot write the markdown report: " + e.getMessage()
                    + ". Choose another file with --markdown.", e);
        }
    }

    /** How this process was started, for the report: {@code java <JVM options> -jar <jar> bench <options>}. */
    private String commandLine() {
        List<String> words = new ArrayList<>();
        Path jar = jarPath();
        if (jar == null) {
            words.add("newskg");
        } else {
            words.add("java");
            words.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            words.add("-jar");
            words.add(jar.toString());
        }
        // The top-level command's arguments: "bench" and its options.
        words.addAll(spec.root().commandLine().getParseResult().originalArgs());
        return String.join(" ", words.stream().map(w -> w.isEmpty() || w.matches(".*[\\s'\"].*")
                ? "'" + w.replace("'", "'\\''") + "'" : w).toList());
    }

    private static Path jarPath() {
        try {
            Path location = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!location.toString().endsWith(".jar")) {
                return null;
            }
            Path cwd = Path.of("").toAbsolutePath();
            return location.startsWith(cwd) ? cwd.relativize(location) : location;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
