package org.newskg.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.article.Article;

/**
 * The articles a benchmark ingests: a few distinct articles repeated until there are enough. Every copy gets its own
 * identity, so each is stored as its own named graph and the store grows as it would with new articles.
 *
 * <p>The first pass keeps the articles as they are. Copy {@code k} of an article with a URL gets the query parameter
 * {@code newskg-copy=k} (a {@code #fragment} would not do: {@code ArticleIds} ignores fragments); an article without a
 * URL gets {@code " [copy k]"} appended to its title, which changes its content hash. The body, which is all that NLP
 * sees, is never changed. Stateless.
 */
public final class BenchCorpus {
    static final String COPY_PARAMETER = "newskg-copy";

    private BenchCorpus() {
    }

    /**
     * Repeats {@code articles} in order until there are {@code total}.
     *
     * @throws IllegalArgumentException if there are no articles or {@code total} is below 1
     */
    public static List<Article> repeat(List<Article> articles, int total) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to repeat");
        }
        if (total < 1) {
            throw new IllegalArgumentException("total must be at least 1 but was " + total);
        }
        List<Article> corpus = new ArrayList<>(total);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < total; i++) {
            Article article = copy(articles.get(i % articles.size()), i / articles.size());
            if (!ids.add(article.id())) {
                throw new IllegalArgumentException(article.source() + ": two articles of the corpus share the id "
                        + article.id() + "; the articles directory holds the same article twice");
            }
            corpus.add(article);
        }
        return List.copyOf(corpus);
    }

    /** Copy {@code k} of the article; copy 0 is the article itself. */
    public static Article copy(Article article, int k) {
        if (k == 0) {
            return article;
        }
        Optional<String> url = article.url().map(u -> withCopyParameter(u, k));
        String title = url.isPresent() ? article.title() : article.title() + " [copy " + k + "]";
        return Article.of(title, article.published(), article.author(), url, article.body(), article.source());
    }

    static String withCopyParameter(String url, int k) {
        int fragment = url.indexOf('#');
        String base = fragment < 0 ? url : url.substring(0, fragment);
        String rest = fragment < 0 ? "" : url.substring(fragment);
        return base + (base.contains("?") ? "&" : "?") + COPY_PARAMETER + "=" + k + rest;
    }
}
