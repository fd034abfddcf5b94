package org.newskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newskg.eval.ArticleScore;
import org.newskg.eval.FloorCheck;
import org.newskg.eval.FloorViolation;
import org.newskg.eval.GoldSet;
import org.newskg.eval.ScoreSummary;
import org.newskg.eval.ScoreTable;
import org.newskg.sys.Evaluation;
import org.newskg.sys.ProblemReporter;

/**
 * The quality ratchet: evaluates on the development set ({@code ../shared/dev}) and on a fixed sample of Re-DocRED
 * (closed world, as its README declares), and fails when any kind's F1 falls below its floor in
 * {@code quality-floors.tsv} or {@code quality-floors-redocred.tsv}. Raise a floor in the same commit that raises
 * its score.
 */
@Tag("corenlp")
class QualityRatchetIT {
    @RegisterExtension
    static final SharedCoreNlp NLP = new SharedCoreNlp();

    static final Path DEV = Path.of("../shared/dev");
    static final Path FLOORS = Path.of("quality-floors.tsv");
    static final Path REDOCRED = Path.of("../shared/benchmarks/redocred-dev");
    static final Path REDOCRED_FLOORS = Path.of("quality-floors-redocred.tsv");
    static final int REDOCRED_SAMPLE = 100;

    @Test
    void noKindFallsBelowItsFloor() {
        assertThat(DEV.resolve("gold")).as("the development set must be beside the repository").isDirectory();
        assertFloorsHold(GoldSet.load(DEV), FLOORS);
    }

    @Test
    void noKindFallsBelowItsFloorOnTheFixedReDocRedSampleScoredClosedWorld() {
        assertThat(REDOCRED.resolve("gold")).as("the Re-DocRED set must be beside the repository").isDirectory();
        assertFloorsHold(GoldSet.load(REDOCRED).first(REDOCRED_SAMPLE), REDOCRED_FLOORS);
    }

    private static void assertFloorsHold(GoldSet gold, Path floors) {
        assertThat(floors).exists();
        StringWriter problems = new StringWriter();
        List<ArticleScore> scores = new Evaluation(NLP.engine(),
                new ProblemReporter(new PrintWriter(problems, true), false)).run(gold);
        ScoreSummary summary = ScoreSummary.sum(scores);
        System.out.println(gold.dir() + "\n" + ScoreTable.format(summary));
        List<FloorViolation> violations = FloorCheck.read(floors).check(summary);
        assertThat(violations).as(ScoreTable.format(summary)).isEmpty();
        assertThat(problems.toString()).isEmpty();
    }
}
