package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.eval.ArticleScore;
import org.newskg.eval.FloorCheck;
import org.newskg.eval.FloorViolation;
import org.newskg.eval.GoldSet;
import org.newskg.eval.ScoreSummary;
import org.newskg.eval.ScoreTable;
import org.newskg.nlp.NlpEngine;
import org.newskg.nlp.PlainNlpEngine;
import org.newskg.sys.Evaluation;
import org.newskg.sys.NewsKg;
import org.newskg.sys.PlainEvaluation;
import org.newskg.sys.ProblemReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg evaluate}: precision, recall and F1 against a gold set. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores extraction against a gold set: ingests GOLD_DIR/articles into a temporary store, "
                + "runs the named queries on each article and compares the rows with GOLD_DIR/gold/*.tsv.", "",
            "Prints gold, hits, rows, false positives, precision, recall and F1 per kind, then the total.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored (and every kind at or above its floor, with --floors)",
            "2:the gold set cannot be read", "5:a kind fell below its floor (with --floors)"})
final class EvaluateCommand implements Callable<Integer> {
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

    @Option(names = "--verbose", description = "List every missed gold fact and every false positive.")
    private boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        validateBaseline();
        GoldSet gold = GoldSet.load(goldDirectory);
        FloorCheck floorCheck = floors == null ? null : FloorCheck.read(floors);
        ProblemReporter problems = new ProblemReporter(spec.commandLine().getErr(), verbose);
        List<ArticleScore> scores = baseline == null ? scoreNewsKg(gold, problems) : scoreBaseline(gold, problems);
        ScoreSummary summary = ScoreSummary.sum(scores);
        if (verbose) {
            out.println(ScoreTable.verbose(scores));
        }
        out.println(ScoreTable.format(summary));
        if (floorCheck != null) {
            List<FloorViolation> violations = floorCheck.check(summary);
            violations.forEach(v -> spec.commandLine().getErr().println("newskg: error: " + v.message()));
            if (!violations.isEmpty()) {
                return BELOW_FLOOR;
            }
        }
        return ExitCodes.OK;
    }

    private List<ArticleScore> scoreNewsKg(GoldSet gold, ProblemReporter problems) {
        try (NlpEngine nlp = nlpCache == null ? NewsKg.loadNlp() : NewsKg.loadNlp(nlpCache)) {
            return new Evaluation(nlp, problems).run(gold);
        }
    }

    private List<ArticleScore> scoreBaseline(GoldSet gold, ProblemReporter problems) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("newskg evaluate: loading the " + baseline + " baseline (about a minute)");
        err.flush();
        try (PlainNlpEngine engine = NewsKg.loadPlainNlp(baseline)) {
            spec.commandLine().getOut().println("Baseline: " + engine.describe());
            return new PlainEvaluation(engine, problems, line -> {
                err.println("newskg evaluate: " + line);
                err.flush();
            }).run(gold);
        }
    }

    private void validateBaseline() {
        if (baseline == null) {
            return;
        }
        if (!NewsKg.BASELINES.contains(baseline)) {
            throw new ParameterException(spec.commandLine(), "--baseline: unknown baseline '" + baseline
                    + "'; the known ones are " + String.join(", ", NewsKg.BASELINES) + ".");
        }
        if (nlpCache != null) {
            throw new ParameterException(spec.commandLine(), "--nlp-cache keeps newskg's own NLP output and does "
                    + "not apply to --baseline; drop one of them.");
        }
        BaselineOptions.requireHeap("--baseline " + baseline, BaselineOptions.maxHeap.getAsLong());
    }
}
