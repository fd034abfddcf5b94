package org.newskg.extract.link;

import java.util.List;
import org.newskg.extract.EntityLink;
import org.newskg.extract.Facts;
import org.newskg.nlp.AnnotatedArticle;

/**
 * Links an article's entities to pages of the web of data, using the article as context. Implementations are
 * thread-safe.
 */
@FunctionalInterface
public interface EntityLinker {
    /**
     * @param article the annotated article, for its words
     * @param facts   what was extracted from it: its entities and where its places are
     * @return at most one link per entity, in the order of the entities
     */
    List<EntityLink> link(AnnotatedArticle article, Facts facts);
}
