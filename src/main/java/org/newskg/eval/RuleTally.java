package org.newskg.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scores of each rule per kind, for one article or summed over a gold set. A row that several rules made counts
 * for each of them. Immutable.
 *
 * @param byRule rule name to its scores per kind; rules sorted by name
 */
public record RuleTally(Map<String, Map<FactKind, RuleScores>> byRule) {
    public static final RuleTally EMPTY = new RuleTally(Map.of());

    /** One line of the per-rule report. */
    public record Line(String rule, FactKind kind, RuleScores scores) {
    }

    public RuleTally {
        Map<String, Map<FactKind, RuleScores>> copy = new TreeMap<>();
        byRule.forEach((rule, kinds) -> {
            Map<FactKind, RuleScores> kindCopy = new EnumMap<>(FactKind.class);
            kindCopy.putAll(kinds);
            copy.put(rule, Collections.unmodifiableMap(kindCopy));
        });
        byRule = Collections.unmodifiableMap(copy);
    }

    /** The rule-wise and kind-wise sum. */
    public RuleTally plus(RuleTally other) {
        Map<String, Map<FactKind, RuleScores>> sum = new TreeMap<>();
        for (RuleTally tally : List.of(this, other)) {
            tally.byRule.forEach((rule, kinds) -> kinds.forEach((kind, scores) -> sum
                    .computeIfAbsent(rule, r -> new EnumMap<>(FactKind.class)).merge(kind, scores, RuleScores::plus)));
        }
        return new RuleTally(sum);
    }

    /** The sum over the articles. */
    public static RuleTally sum(Collection<ArticleScore> articles) {
        return articles.stream().map(ArticleScore::rules).reduce(EMPTY, RuleTally::plus);
    }

    /**
     * One line per rule and kind: the most false positives first, then the lowest precision (rules none of whose rows
     * were judged last), then by name and kind.
     */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        byRule.forEach((rule, kinds) -> kinds.forEach((kind, scores) -> lines.add(new Line(rule, kind, scores))));
        lines.sort(Comparator.comparingInt((Line l) -> -l.scores().falsePositives())
                .thenComparingDouble(l -> l.scores().precision().orElse(2.0))
                .thenComparing(Line::rule).thenComparing(Line::kind));
        return List.copyOf(lines);
    }
}
