package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newskg.eval.ArticleScore;
import org.newskg.eval.FloorCheck;
import org.newskg.eval.FloorViolation;
import org.newskg.eval.GoldSet;
import org.newskg.eval.RuleTally;
import org.newskg.eval.ScoreSummary;
import org.newskg.eval.ScoreTable;
import org.newskg.eval.World;
import org.newskg.eval.WorldChoice;
import org.newskg.nlp.NlpEngine;
import org.newskg.nlp.PlainNlpEngine;
import org.newskg.sys.Evaluation;
import org.newskg.sys.Models;
import org.newskg.sys.PlainEvaluation;
import org.newskg.sys.ProblemReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newskg evaluate}: precision, recall and F1 against a gold set. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores extraction against a gold set: ingests GOLD_DIR/articles into a temporary store, "
                + "runs the named queries on each article and compares the rows with GOLD_DIR/gold/*.tsv.", "",
            "Prints gold, hits, rows, false positives, precision, recall and F1 per kind, then the total.", "",
            "A set whose README.md declares closed-world scoring (a heading or sentence naming a 'closed world', as "
                + "in ../shared/benchmarks/redocred-dev) is scored closed-world: a relation row that matches no gold "
                + "line is wrong only when both of its arguments name entity lines of its article. The first line "
                + "printed says which rule was used and why.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored (and every kind at or above its floor, with --floors)",
            "2:the gold set cannot be read",
            "3:scored, but some articles could not be read or extracted and were scored as finding nothing",
            "5:a kind fell below its floor (with --floors)"})
final class EvaluateCommand implements Callable<Integer> {
    private final Models models;

    static final int BELOW_FLOOR = 5;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "GOLD_DIR", description = "A folder with articles/ and gold/, e.g. ../shared/dev.")
    private Path goldDirectory;

    @Option(names = "--floors", paramLabel = "FILE",
            description = "A file of minimum F1 per kind (kind TAB floor); fail when a kind falls below.")
    private Path floors;

    @Option(names = "--nlp-cache", paramLabel = "DIR",
            description = {"Keep each article's NLP output in DIR and reuse it on later runs, so that re-scoring "
                + "after a rule change skips the models. Entries are keyed by the article's text and the NLP "
                + "settings, so stale ones are never used."})
    private Path nlpCache;

    @Option(names = "--baseline", paramLabel = "NAME",
            description = {"Score a plain reference pipeline instead of newskg. 'corenlp': CoreNLP's default full "
                + "pipeline (tokenize,ssplit,pos,lemma,ner,parse,coref,quote,kbp,entitylink), its output mapped "
                + "charitably onto the named queries. Takes 5 to 10 minutes on the dev set and about 6 GB of "
                + "heap: ./newskg gives it 7g and the G1 collector."})
    private String baseline;

    @Option(names = "--world", paramLabel = "auto|open|closed", defaultValue = "auto",
            description = {"Which unmatched rows the gold judges. 'open': every row that matches no gold line of "
                + "its kind is a false positive (the dev set's rule). 'closed': a relation row is judged only when "
                + "both of its arguments name an entity line of its article; quotations and events only when they "
                + "match a gold line. 'auto' (default): closed when the set's README.md declares a closed world, "
                + "else open."})
    private String world;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for NLP and extraction (default: one per core); the models load once.")
    private Integer threads;

    @Option(names = "--limit", paramLabel = "N",
            description = "Score only the first N articles by name, for a quick run on a large set.")
    private Integer limit;

    @Option(names = "--by-rule",
            description = {"Also print, for each rule (extractor or pattern) that made rows, its judged rows, the "
                + "gold lines they hit, its false positives and unjudged rows per kind, the most false positives "
                + "first, so that misfiring rules are found."})
    private boolean byRule;

    @Option(names = "--verbose", description = "List every missed gold fact and every false positive.")
    private boolean verbose;

    EvaluateCommand(Models models) {
        this.models = models;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        validateBaseline();
        validateCounts();
        GoldSet gold = GoldSet.load(goldDirectory);
        if (limit != null) {
            gold = gold.first(limit);
        }
        WorldChoice worldChoice = worldChoice(gold);
        FloorCheck floorCheck = floors == null ? null : FloorCheck.read(floors);
        ProblemReporter problems = new ProblemReporter(spec.commandLine().getErr(), verbose);
        out.println(worldChoice.describe());
        out.flush();
        long start = System.nanoTime();
        List<ArticleScore> scores = baseline == null ? scoreNewsKg(gold, worldChoice, problems)
                : scoreBaseline(gold, worldChoice.world(), problems);
        ScoreSummary summary = ScoreSummary.sum(scores);
        if (verbose) {
            out.println(ScoreTable.verbose(scores));
        }
        out.println(ScoreTable.format(summary, worldChoice.world()));
        if (byRule) {
            out.println(ScoreTable.byRule(RuleTally.sum(scores)));
        }
        out.println(String.format(Locale.ROOT, "Scored %d article%s in %.1f s.", scores.size(),
                scores.size() == 1 ? "" : "s", (System.nanoTime() - start) / 1e9));
        if (floorCheck != null) {
            List<FloorViolation> violations = floorCheck.check(summary);
            violations.forEach(v -> spec.commandLine().getErr().println("newskg: error: " + v.message()));
            if (!violations.isEmpty()) {
                return BELOW_FLOOR;
            }
        }
        if (problems.errors() > 0) {
            spec.commandLine().getErr().println(String.format(Locale.ROOT, "newskg: error: %d article%s of %s "
                    + "could not be scored and counted as finding nothing; fix or remove %s and run again.",
                    problems.errors(), problems.errors() == 1 ? "" : "s", goldDirectory,
                    problems.errors() == 1 ? "it" : "them"));
            return ExitCodes.SKIPPED;
        }
        return ExitCodes.OK;
    }

    private List<ArticleScore> scoreNewsKg(GoldSet gold, WorldChoice worldChoice, ProblemReporter problems) {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        try (NlpEngine nlp = nlpCache == null ? models.loadNlp() : models.loadNlp(nlpCache);
             ProgressDisplay progress = ProgressDisplay.start("Evaluating", gold.articles().size())) {
            return new Evaluation(nlp, problems).run(gold,
                    new Evaluation.Options(worldChoice, workers, byRule, progress));
        }
    }

    private WorldChoice worldChoice(GoldSet gold) {
        if (world.equals("auto")) {
            return WorldChoice.declaredBy(gold.dir());
        }
        return WorldChoice.given(World.byToken(world).orElseThrow());
    }

    private void validateCounts() {
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1 but was " + threads + ".");
        }
        if (limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1 but was " + limit + ".");
        }
        if (!world.equals("auto") && World.byToken(world).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--world: expected auto, open or closed but was '"
                    + world + "'.");
        }
    }

    private List<ArticleScore> scoreBaseline(GoldSet gold, World world, ProblemReporter problems) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("newskg evaluate: loading the " + baseline + " baseline (about a minute)");
        err.flush();
        try (PlainNlpEngine engine = models.loadPlainNlp(baseline)) {
            spec.commandLine().getOut().println("Baseline: " + engine.describe());
            return new PlainEvaluation(engine, problems, line -> {
                err.println("newskg evaluate: " + line);
                err.flush();
            }).run(gold, world);
        }
    }

    private void validateBaseline() {
        if (baseline == null) {
            return;
        }
        if (!Models.BASELINES.contains(baseline)) {
            throw new ParameterException(spec.commandLine(), "--baseline: unknown baseline '" + baseline
                    + "'; the known ones are " + String.join(", ", Models.BASELINES) + ".");
        }
        if (nlpCache != null) {
            throw new ParameterException(spec.commandLine(), "--nlp-cache keeps newskg's own NLP output and does "
                    + "not apply to --baseline; drop one of them.");
        }
        if (byRule || threads != null) {
            throw new ParameterException(spec.commandLine(), (byRule ? "--by-rule" : "--threads") + " applies to "
                    + "newskg's own pipeline, not to --baseline; drop one of them.");
        }
        BaselineOptions.requireHeap("--baseline " + baseline, BaselineOptions.maxHeap.getAsLong());
    }
}
