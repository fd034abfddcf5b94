/**
 * Scoring for {@code newskg evaluate}: gold sets, matching of named-query rows against gold facts, score tables and
 * quality floors.
 *
 * <p>A gold set ({@link org.newskg.eval.GoldSet}) pairs {@code articles/NAME.*} with {@code gold/NAME.tsv}
 * ({@link org.newskg.eval.GoldFile}, one {@link org.newskg.eval.GoldFact} a line). For each article the caller runs
 * the named queries and hands their rows to {@link org.newskg.eval.Scorer}, which returns an
 * {@link org.newskg.eval.ArticleScore}; {@link org.newskg.eval.ScoreSummary#sum} adds them up,
 * {@link org.newskg.eval.ScoreTable} prints them and {@link org.newskg.eval.FloorCheck} compares them with the
 * minimum F1 per kind. The matching rules and the edge cases decided here are documented on
 * {@link org.newskg.eval.Scorer} and {@link org.newskg.eval.Scores}.
 *
 * <p>This package runs no queries and knows nothing about RDF: rows are maps of lexical forms.
 */
package org.newskg.eval;
