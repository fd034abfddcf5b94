package org.newskg.extract;

/** What an {@link ArticleExtractor} adds to the facts of an article, and what another may need before it runs. */
public enum Output {
    ENTITIES, PLACES, QUOTATIONS, ROLES, FAMILY, LEADERSHIP, EVENTS, RELATIONS
}
