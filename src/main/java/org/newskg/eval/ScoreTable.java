package org.newskg.eval;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Renders scores as text: the fixed-width score table and the verbose per-article listing. Lines end with
 * {@code \n}. Stateless and thread-safe.
 *
 * <pre>
 * kind         gold  hits  rows    fp      P      R     F1
 * entity        160   120   300    40  0.867  0.750  0.804
 * ...
 * total         410   250   520    90  0.827  0.610  0.702
 * </pre>
 *
 * <p>Counts are right-aligned; P, R and F1 have three decimals, {@code -} when undefined (see {@link Scores}).
 * When rows were left unjudged, a note under the table says how many.
 */
public final class ScoreTable {
    private static final String ROW = "%-11s %5s %5s %5s %5s %6s %6s %6s\n";

    private ScoreTable() {
    }

    /** The score table of an open-world run. */
    public static String format(ScoreSummary summary) {
        return format(summary, World.OPEN);
    }

    /** The score table: a header, one line per scored kind in table order, then {@code total}. */
    public static String format(ScoreSummary summary, World world) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, ROW, "kind", "gold", "hits", "rows", "fp", "P", "R", "F1"));
        for (FactKind kind : FactKind.scored()) {
            out.append(line(kind.token(), summary.get(kind)));
        }
        Scores total = summary.total();
        out.append(line(ScoreSummary.TOTAL, total));
        if (total.unjudged() > 0 && world == World.OPEN) {
            out.append("(").append(total.unjudged()).append(" more rows were not judged: quotations under ")
                    .append(Scorer.MIN_QUOTE_WORDS).append(" words and events without a date that match no gold line)")
                    .append('\n');
        } else if (total.unjudged() > 0) {
            out.append("(").append(total.unjudged()).append(" more rows were not judged: relation rows with an "
                    + "argument that names no annotated entity, quotations and events that match no gold line)\n");
        }
        return out.toString();
    }

    /**
     * The per-rule report: one line per rule and kind, the most false positives first (see {@link RuleTally#lines()}).
     *
     * <pre>
     * rule                      kind          rows  hits    fp  unjud      P
     * newskg-leadership-noun    leadership      12     4     8      3  0.333
     * </pre>
     */
    public static String byRule(RuleTally tally) {
        List<RuleTally.Line> lines = tally.lines();
        int width = Math.max(4, lines.stream().mapToInt(l -> l.rule().length()).max().orElse(0));
        String format = "%-" + width + "s %-11s %5s %5s %5s %6s %6s\n";
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, format, "rule", "kind", "rows", "hits", "fp", "unjud", "P"));
        for (RuleTally.Line line : lines) {
            RuleScores s = line.scores();
            out.append(String.format(Locale.ROOT, format, line.rule(), line.kind().token(), s.rows(), s.hits(),
                    s.falsePositives(), s.unjudged(), decimal(s.precision())));
        }
        if (lines.isEmpty()) {
            out.append("(no row was traced to a rule)\n");
        }
        return out.toString();
    }

    /**
     * Per article: a header with its counts, then each missed gold line and each false-positive row.
     *
     * <pre>
     * 00_seed: 1 missed, 1 false positive, 0 unjudged
     *   missed  gold/00_seed.tsv [line 9]: entity 'person' 'Rafael Ortega'
     *   fp      entities type='https://w3id.org/newskg/ns#Person' name='the president'
     * </pre>
     */
    public static String verbose(List<ArticleScore> articles) {
        StringBuilder out = new StringBuilder();
        for (ArticleScore article : articles) {
            Scores total = article.summary().total();
            out.append(article.article()).append(": ")
                    .append(count(article.missed().size(), "missed", "missed")).append(", ")
                    .append(count(article.falsePositives().size(), "false positive", "false positives")).append(", ")
                    .append(total.unjudged()).append(" unjudged\n");
            for (GoldFact fact : article.missed()) {
                out.append("  missed  ").append(fact.location()).append(": ").append(describe(fact)).append('\n');
            }
            for (FalsePositive row : article.falsePositives()) {
                out.append("  fp      ").append(row.describe()).append('\n');
            }
        }
        return out.toString();
    }

    /** {@code entity 'person' 'Rafael Ortega'}: the kind and its fields in quotes. */
    static String describe(GoldFact fact) {
        return fact.kind().token() + " "
                + fact.fields().stream().map(GoldFile::quote).collect(Collectors.joining(" "));
    }

    /** {@code 0.804}, or {@code -} when undefined. */
    static String decimal(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "-";
    }

    private static String line(String label, Scores s) {
        return String.format(Locale.ROOT, ROW, label, s.gold(), s.hits(), s.rows(), s.falsePositives(),
                decimal(s.precision()), decimal(s.recall()), decimal(s.f1()));
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
