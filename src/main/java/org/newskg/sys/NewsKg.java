package org.newskg.sys;

import org.newskg.extract.FactExtractor;
import org.newskg.extract.news.NewsFactExtractor;
import org.newskg.rdf.FactMapper;
import org.newskg.rdf.IriMinter;
import org.newskg.rdf.NkgFactMapper;

/** Assembles the default implementation of each pipeline stage after NLP (the NLP engine: {@link Models}). */
public final class NewsKg {
    private NewsKg() {
    }

    /**
     * Every extractor, then entity linking to Wikipedia unless it is turned off ({@code newskg.entitylink=off} or
     * {@code NEWSKG_ENTITYLINK=off}); with linking on, the entities also count names NER missed that the dictionary
     * knows.
     * The dictionary index starts opening in the background now; the first run
     * builds it into the cache (a minute or two).
     */
    public static FactExtractor extractor() {
        return WikiLinking.enabled(System.getenv()) ? WikiLinking.linking(WikiLinking.withDictionaryNames())
                : new NewsFactExtractor();
    }

    /** These extractors, then entity linking as {@link #extractor()} links. */
    public static FactExtractor extractor(NewsFactExtractor extractors) {
        return WikiLinking.enabled(System.getenv()) ? WikiLinking.linking(extractors) : extractors;
    }

    public static FactMapper mapper(IriMinter iris) {
        return new NkgFactMapper(iris);
    }
}
