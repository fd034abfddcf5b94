package org.newskg.bench;

/**
 * Where one article's time went. Together the three stages are the article's latency: the work done for it, not the
 * time it waited for a free worker or for the writer.
 *
 * @param articleId     the article
 * @param nlpMillis     annotating it
 * @param extractMillis extracting its facts
 * @param storeMillis   mapping them to RDF and writing its graph, in one transaction
 */
public record ArticleTiming(String articleId, long nlpMillis, long extractMillis, long storeMillis) {
    public long totalMillis() {
        return nlpMillis + extractMillis + storeMillis;
    }
}
