package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.AnnotatedArticle;

/**
 * What an extractor reads: the annotated article, the facts found so far, the entity index over them and a view of
 * each sentence with its entities. Built once per extractor run; the index and views are made on first use.
 * Immutable apart from that memo; not shared between threads.
 */
public final class ExtractionContext {
    private final AnnotatedArticle article;
    private final Found found;
    private EntityIndex index;
    private List<SentenceView> views;

    public ExtractionContext(AnnotatedArticle article, Found found) {
        this.article = article;
        this.found = found;
    }

    public AnnotatedArticle article() {
        return article;
    }

    /** The facts the extractors before this one found. */
    public Found found() {
        return found;
    }

    /** The entities found so far, indexed by span and key. */
    public EntityIndex index() {
        if (index == null) {
            index = found.index();
        }
        return index;
    }

    /** A view of each sentence, in order, over the entities found so far. */
    public List<SentenceView> views() {
        if (views == null) {
            views = article.sentences().stream().map(s -> new SentenceView(s, article.body(), index())).toList();
        }
        return views;
    }
}
