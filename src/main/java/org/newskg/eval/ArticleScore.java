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
 */
public record ArticleScore(String article, ScoreSummary summary, List<GoldFact> missed,
                           List<FalsePositive> falsePositives) {
    public ArticleScore {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(summary, "summary");
        missed = List.copyOf(missed);
        falsePositives = List.copyOf(falsePositives);
    }
}
