package org.newskg.nlp;

import java.util.List;
import org.newskg.article.Article;

/**
 * An article with its NLP layers. Lists are never null: a layer that did not run is empty.
 *
 * @param article   the article that was annotated
 * @param sentences its sentences, in order
 * @param mentions  named-entity mentions, in text order
 * @param chains    coreference chains
 * @param times     normalized time expressions
 * @param nlpMillis wall-clock time the NLP took
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<Mention> mentions,
                               List<CorefChain> chains, List<TimeExpression> times, long nlpMillis) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        chains = List.copyOf(chains);
        times = List.copyOf(times);
    }

    public String body() {
        return article.body();
    }
}
