package org.newskg.sys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import org.newskg.article.Article;
import org.newskg.article.ArticleSource;
import org.newskg.article.ReadOptions;
import org.newskg.eval.ArticleScore;
import org.newskg.eval.GoldArticle;
import org.newskg.eval.GoldSet;
import org.newskg.eval.PlainRows;
import org.newskg.eval.RowRules;
import org.newskg.eval.Scorer;
import org.newskg.eval.World;
import org.newskg.nlp.NlpException;
import org.newskg.nlp.PlainAnnotation;
import org.newskg.nlp.PlainAnnotation.PlainRelation;
import org.newskg.nlp.PlainNlpEngine;

/**
 * Scores a plain reference pipeline against a gold set, as {@link Evaluation} scores newskg: each article is
 * annotated by the {@link PlainNlpEngine}, its output becomes rows of the named queries by {@link PlainRows}, and
 * {@link Scorer} scores them. Nothing is stored. One article at a time.
 */
public final class PlainEvaluation {
    private final PlainNlpEngine engine;
    private final ProblemReporter problems;
    private final Consumer<String> status;

    /** {@code status} receives a line after each article, for a run that takes minutes. */
    public PlainEvaluation(PlainNlpEngine engine, ProblemReporter problems, Consumer<String> status) {
        this.engine = engine;
        this.problems = problems;
        this.status = status;
    }

    /** Scores in the open world. */
    public List<ArticleScore> run(GoldSet gold) {
        return run(gold, World.OPEN);
    }

    public List<ArticleScore> run(GoldSet gold, World world) {
        List<ArticleScore> scores = new ArrayList<>();
        for (GoldArticle goldArticle : gold.articles()) {
            List<Article> read = new ArrayList<>();
            ArticleSource.files().read(List.of(goldArticle.article()), ReadOptions.defaults(), read::add,
                    problem -> problems.error(problem.message()));
            for (Article article : read) {
                scores.add(score(goldArticle, article, world));
            }
        }
        return scores;
    }

    /** The article's score; an article the engine fails on is reported and scored as if it found nothing. */
    private ArticleScore score(GoldArticle goldArticle, Article article, World world) {
        try {
            PlainAnnotation annotation = engine.annotate(article);
            status.accept(goldArticle.name() + ": " + String.format(Locale.ROOT, "%.1f s",
                    annotation.millis() / 1000.0) + ", " + annotation.entities().size() + " entity mentions, "
                    + annotation.quotes().size() + " quotations, relations " + annotation.relations().stream()
                    .collect(Collectors.groupingBy(PlainRelation::relation, TreeMap::new, Collectors.counting())));
            return Scorer.score(goldArticle, PlainRows.of(annotation), world, RowRules.NONE);
        } catch (NlpException e) {
            problems.error(e.getMessage() + " (scored as finding nothing)", e);
            return Scorer.score(goldArticle, Map.of(), world, RowRules.NONE);
        }
    }
}
