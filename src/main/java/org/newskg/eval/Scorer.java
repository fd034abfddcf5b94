package org.newskg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.newskg.eval.RowMatcher.CompiledFact;

/**
 * Scores the rows of the named queries for one article against its gold facts.
 *
 * <p>Input: the gold facts of the article, and per query name ({@code entities}, {@code leadership},
 * {@code affiliations}, {@code family}, {@code quotes}, {@code events}, {@code located}) the rows the query returned
 * for that article, each a map from variable name (without {@code ?}) to the lexical form of its value, IRIs as
 * strings, unbound variables absent (or {@code null}). A query that is not in the map returned no rows; other query
 * names and columns other than {@link FactKind#columns()} are ignored.
 *
 * <p>The rules, as read from the dev-set README (section "Scoring") and, for the closed world, the benchmark's README,
 * for each scored kind:
 * <ol>
 *   <li>Rows are de-duplicated on the kind's scored columns ({@link FactKind#columns()}), e.g. two entities with the
 *       same type and name make one row; the first wins.
 *   <li>Every gold line that some row matches ({@link RowMatcher}) is a hit, counted once however many rows match
 *       it. Family rows match in either direction: a row and its inverse (childOf/parentOf swapped, spouseOf,
 *       siblingOf, relativeOf kept) are both right for one gold line.
 *   <li>A row that matches at least one gold line of its kind is right, even when another row matches the same line
 *       (an entity has a row per name: all of them are right).
 *   <li>A row that matches no gold line of its kind is a false positive, except where the gold is silent
 *       ({@link Judge}): a {@code quotes} row whose text has fewer than 8 words ("a quotation is listed when it has 8
 *       or more words"), an {@code events} row without a date (the gold lists dated events only), and in the
 *       {@link World#CLOSED closed world} a relation row with an argument that names no annotated entity, and every
 *       quotation and event. Such rows are <em>unjudged</em>: not in {@code rows}, not false positives, counted in
 *       {@link Scores#unjudged()}. Entity rows of any type are judged in both worlds.
 *   <li>{@code notquote}: a {@code quotes} row whose text (and speaker, when the first field is not {@code -})
 *       matches a {@code notquote} line is a false positive of kind {@code quote}, whatever its length and even if it
 *       also matches a quote line (that line still counts as a hit). A {@code notquote} line is not gold to be
 *       recalled: it adds nothing to {@code gold} and is never missed.
 * </ol>
 *
 * <p>A word is a run of non-blank characters that holds a letter or digit ({@code It's} is one word, a dash none).
 * Given {@link RowRules}, each row's verdict (right, wrong or unjudged, and the gold lines it hit) is also counted for
 * every rule that made it, in {@link ArticleScore#rules()}. Stateless and thread-safe.
 *
 * <p>Usage:
 * <pre>{@code
 * List<ArticleScore> scores = new ArrayList<>();
 * for (GoldArticle a : GoldSet.load(dir).articles()) {
 *     scores.add(Scorer.score(a, runQueries(a)));
 * }
 * System.out.print(ScoreTable.format(ScoreSummary.sum(scores)));
 * }</pre>
 */
public final class Scorer {

    /** Quotations with fewer words than this are not listed in gold, so unmatched ones are not judged. */
    public static final int MIN_QUOTE_WORDS = 8;

    private Scorer() {
    }

    /** Scores one article of a gold set in the open world, tracing no rules. */
    public static ArticleScore score(GoldArticle article, Map<String, List<Map<String, String>>> rowsByQueryName) {
        return score(article.name(), article.facts(), rowsByQueryName);
    }

    /** Scores one article of a gold set in {@code world}, tallying the verdicts per rule of {@code rules}. */
    public static ArticleScore score(GoldArticle article, Map<String, List<Map<String, String>>> rowsByQueryName,
                                     World world, RowRules rules) {
        return score(article.name(), article.facts(), rowsByQueryName, world, rules);
    }

    /** Scores one article, naming it after the gold file of its facts ({@code -} when there are none). */
    public static ArticleScore score(List<GoldFact> gold, Map<String, List<Map<String, String>>> rowsByQueryName) {
        String name = gold.isEmpty() ? GoldFact.ANY : baseName(gold.get(0).source());
        return score(name, gold, rowsByQueryName);
    }

    /** Scores one article in the open world, tracing no rules. */
    public static ArticleScore score(String article, List<GoldFact> gold,
                                     Map<String, List<Map<String, String>>> rowsByQueryName) {
        return score(article, gold, rowsByQueryName, World.OPEN, RowRules.NONE);
    }

    /**
     * Scores one article.
     *
     * @param article         the article's name, used in the verbose listing
     * @param gold            its gold facts, any kinds in any order
     * @param rowsByQueryName per query name, the rows the query returned for this article
     * @param world           which unmatched rows the gold can judge ({@link Judge})
     * @param rules           the rules that made each row; {@link RowRules#NONE} to keep no tally
     */
    public static ArticleScore score(String article, List<GoldFact> gold,
                                     Map<String, List<Map<String, String>>> rowsByQueryName, World world,
                                     RowRules rules) {
        Objects.requireNonNull(article, "article");
        Map<FactKind, List<CompiledFact>> byKind = new EnumMap<>(FactKind.class);
        for (GoldFact fact : gold) {
            byKind.computeIfAbsent(fact.kind(), k -> new ArrayList<>()).add(CompiledFact.of(fact));
        }
        Judge judge = Judge.of(world, gold);
        Map<FactKind, Scores> scores = new EnumMap<>(FactKind.class);
        List<GoldFact> missed = new ArrayList<>();
        List<FalsePositive> falsePositives = new ArrayList<>();
        RuleCounter ruleCounter = new RuleCounter();
        for (FactKind kind : FactKind.scored()) {
            List<CompiledFact> facts = byKind.getOrDefault(kind, List.of());
            List<CompiledFact> forbidden = kind == FactKind.QUOTE
                    ? byKind.getOrDefault(FactKind.NOTQUOTE, List.of()) : List.of();
            List<Map<String, String>> rows = distinct(kind, rowsByQueryName.getOrDefault(kind.queryName(), List.of()));
            KindRun run = new KindRun(kind, facts, forbidden, judge, rules, ruleCounter);
            scores.put(kind, run.score(rows, missed, falsePositives));
        }
        missed.sort((a, b) -> Integer.compare(gold.indexOf(a), gold.indexOf(b)));
        return new ArticleScore(article, new ScoreSummary(scores), missed, falsePositives, ruleCounter.tally());
    }

    /** Scoring of the rows of one kind of one article. */
    private record KindRun(FactKind kind, List<CompiledFact> facts, List<CompiledFact> forbidden, Judge judge,
                           RowRules rules, RuleCounter ruleCounter) {

        Scores score(List<Map<String, String>> rows, List<GoldFact> missed, List<FalsePositive> falsePositives) {
            boolean[] hit = new boolean[facts.size()];
            int judged = 0;
            int wrong = 0;
            for (Map<String, String> row : rows) {
                BitSet matched = new BitSet(facts.size());
                for (int i = 0; i < facts.size(); i++) {
                    if (RowMatcher.matches(facts.get(i), row)) {
                        hit[i] = true;
                        matched.set(i);
                    }
                }
                boolean right = !matched.isEmpty();
                Optional<GoldFact> notquote = forbidden.stream()
                        .filter(f -> RowMatcher.matches(f, row)).map(CompiledFact::fact).findFirst();
                boolean isJudged = right || notquote.isPresent() || judge.judges(kind, row);
                boolean isWrong = isJudged && (!right || notquote.isPresent());
                ruleCounter.count(rules.of(kind, row), kind, isJudged, isWrong, matched);
                if (isJudged) {
                    judged++;
                }
                if (isWrong) {
                    wrong++;
                    falsePositives.add(new FalsePositive(kind, row, notquote));
                }
            }
            int hits = 0;
            for (int i = 0; i < facts.size(); i++) {
                if (hit[i]) {
                    hits++;
                } else {
                    missed.add(facts.get(i).fact());
                }
            }
            return new Scores(facts.size(), hits, judged, wrong, rows.size() - judged);
        }
    }

    /** Counts the verdicts per rule and kind for one article; a gold line counts once per rule. */
    private static final class RuleCounter {
        private final Map<String, Map<FactKind, RowCount>> counts = new TreeMap<>();
        private final Map<String, Map<FactKind, BitSet>> hits = new TreeMap<>();

        void count(Set<String> rules, FactKind kind, boolean judged, boolean wrong, BitSet matched) {
            for (String rule : rules) {
                RowCount count = counts.computeIfAbsent(rule, r -> new EnumMap<>(FactKind.class))
                        .computeIfAbsent(kind, k -> new RowCount());
                count.judged += judged ? 1 : 0;
                count.wrong += wrong ? 1 : 0;
                count.unjudged += judged ? 0 : 1;
                hits.computeIfAbsent(rule, r -> new EnumMap<>(FactKind.class))
                        .computeIfAbsent(kind, k -> new BitSet()).or(matched);
            }
        }

        RuleTally tally() {
            Map<String, Map<FactKind, RuleScores>> byRule = new TreeMap<>();
            counts.forEach((rule, kinds) -> kinds.forEach((kind, count) -> byRule
                    .computeIfAbsent(rule, r -> new EnumMap<>(FactKind.class))
                    .put(kind, new RuleScores(count.judged, hits.get(rule).get(kind).cardinality(), count.wrong,
                            count.unjudged))));
            return new RuleTally(byRule);
        }

        private static final class RowCount {
            int judged;
            int wrong;
            int unjudged;
        }
    }

    /** Runs of non-blank characters that hold a letter or digit. */
    static int wordCount(String text) {
        return (int) Arrays.stream(text.strip().split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                .count();
    }

    /** The rows restricted to the kind's scored columns (unbound ones left out), first occurrence of each kept. */
    private static List<Map<String, String>> distinct(FactKind kind, List<Map<String, String>> rows) {
        Map<List<String>, Map<String, String>> seen = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            Map<String, String> scored = new LinkedHashMap<>();
            List<String> key = new ArrayList<>();
            for (String column : kind.columns()) {
                String value = row.get(column);
                key.add(value);
                if (value != null) {
                    scored.put(column, value);
                }
            }
            seen.putIfAbsent(key, scored);
        }
        return List.copyOf(seen.values());
    }

    private static String baseName(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        return name.endsWith(".tsv") ? name.substring(0, name.length() - 4) : name;
    }
}
