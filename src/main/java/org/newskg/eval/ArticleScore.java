package org.newskg.eval;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Scorer} finds for one article.
 *
 * @param article        the article's name, e.g. {@code 00_seed}
 * @param summary        the counts per scored kind
 * @param missed         gold lines that no row matches, in gold order ({@code notquote} lines are never missed)
 * @param falsePositives the wrong rows, by kind in table order, then in row order
 * @param rules          the scores per rule that made rows, when the rows were traced ({@link RowRules})
 */
public record ArticleScore(String article, ScoreSummary summary, List<GoldFact> missed,
                           List<FalsePositive> falsePositives, RuleTally rules) {
    public ArticleScore {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(rules, "rules");
        missed = List.copyOf(missed);
        falsePositives = List.copyOf(falsePositives);
    }

    /** A score of untraced rows. */
    public ArticleScore(String article, ScoreSummary summary, List<GoldFact> missed,
                        List<FalsePositive> falsePositives) {
        this(article, summary, missed, falsePositives, RuleTally.EMPTY);
    }
}
