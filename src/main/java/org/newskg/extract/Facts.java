package org.newskg.extract;

import java.util.List;
import org.newskg.article.Article;

/**
 * Everything extracted from one article: the input of the RDF mapping.
 *
 * @param article    the article
 * @param entities   the people, organizations and places it names
 * @param nlpMillis  time spent in NLP
 * @param extractMillis time spent extracting
 */
public record Facts(Article article, List<Entity> entities, long nlpMillis, long extractMillis) {
    public Facts {
        entities = List.copyOf(entities);
    }
}
