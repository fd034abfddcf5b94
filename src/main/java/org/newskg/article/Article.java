package org.newskg.article;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its source, before any NLP.
 *
 * <p>{@code body} is the text that NLP sees: the paragraphs joined by a blank line. Every offset that later stages
 * record is a character offset into {@code body}. {@code id} is stable across runs: it is derived from the URL when
 * there is one, else from the content, so that re-ingesting an article replaces it.
 *
 * @param id          stable identity, lower-case hex, derived by {@link ArticleIds}
 * @param title       the headline; never blank
 * @param published   publication time, if known, in the years {@link DateLib} supports; relative dates are read
 *                    against it
 * @param author      the byline, if any
 * @param url         the original address, if any: an absolute IRI ({@link IriLib})
 * @param body        paragraphs joined with {@code "\n\n"}; never blank
 * @param source      where it was read from, e.g. {@code data/articles/00_seed.txt} or {@code corpus.jsonl:12}
 * @param contentHash hash of title and body, for detecting changed content
 */
public record Article(String id, String title, Optional<OffsetDateTime> published, Optional<String> author,
                      Optional<String> url, String body, String source, String contentHash) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contentHash, "contentHash");
        published.flatMap(DateLib::rangeProblem).ifPresent(problem -> {
            throw new IllegalArgumentException("published: " + problem);
        });
        url.filter(u -> !IriLib.isValid(u)).ifPresent(u -> {
            throw new IllegalArgumentException("url: not a valid absolute IRI: " + ArticleProblem.quote(u));
        });
    }

    /** Builds an article, deriving its identity and content hash. */
    public static Article of(String title, Optional<OffsetDateTime> published, Optional<String> author,
                             Optional<String> url, String body, String source) {
        String hash = ArticleIds.contentHash(title, body);
        return new Article(ArticleIds.identity(url, hash), title, published, author, url, body, source, hash);
    }
}
