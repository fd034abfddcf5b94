package org.newskg.eval;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Scores per scored kind, for one article or summed over a gold set, and their micro-averaged total.
 *
 * <p>Usage: {@code ScoreSummary all = ScoreSummary.sum(articleScores); all.total().f1();}
 *
 * @param byKind the scores of every {@link FactKind#scored() scored kind}, in table order; kinds not given are zero
 */
public record ScoreSummary(Map<FactKind, Scores> byKind) {

    /** The row label of the micro-averaged total in the score table and the floors file. */
    public static final String TOTAL = "total";

    public ScoreSummary {
        if (!FactKind.scored().containsAll(byKind.keySet())) {
            throw new IllegalArgumentException("only scored kinds have scores (notquote counts as quote, other is not "
                    + "scored) but got " + byKind.keySet());
        }
        EnumMap<FactKind, Scores> all = new EnumMap<>(FactKind.class);
        for (FactKind kind : FactKind.scored()) {
            all.put(kind, byKind.getOrDefault(kind, Scores.ZERO));
        }
        byKind = Collections.unmodifiableMap(all);
    }

    /** The scores of one kind; zero when nothing of it was seen. */
    public Scores get(FactKind kind) {
        return byKind.getOrDefault(kind.scoredAs(), Scores.ZERO);
    }

    /** The scores of a table row: a kind token such as {@code entity}, or {@code total}. */
    public Optional<Scores> get(String label) {
        if (label.equals(TOTAL)) {
            return Optional.of(total());
        }
        return FactKind.byToken(label).filter(FactKind.scored()::contains).map(this::get);
    }

    /** The sum over all kinds: micro-averaged precision, recall and F1. */
    public Scores total() {
        return Scores.sum(byKind.values());
    }

    /** The kind-wise sum of the summaries of many articles. */
    public static ScoreSummary sum(Collection<ArticleScore> articles) {
        EnumMap<FactKind, Scores> sum = new EnumMap<>(FactKind.class);
        for (ArticleScore article : articles) {
            article.summary().byKind().forEach((kind, scores) -> sum.merge(kind, scores, Scores::plus));
        }
        return new ScoreSummary(sum);
    }
}
