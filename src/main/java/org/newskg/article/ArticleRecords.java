package org.newskg.article;

import com.fasterxml.jackson.databind.JsonNode;
import org.newskg.article.reader.JsonLinesArticleReader;

/**
 * Articles from records that another reader has already parsed, such as the rows of a Spark data frame: the fields
 * and checks of the JSON Lines format ({@code title}, {@code text}, {@code published}, {@code url}, {@code author}).
 * Stateless and thread-safe.
 */
public final class ArticleRecords {
    private ArticleRecords() {
    }

    /**
     * The article of one record.
     *
     * @param record a JSON object with the JSON Lines fields
     * @param source where the record came from, a path or URI such as {@code file:/data/feed.jsonl}; the article's
     *               {@code source} is its last name, {@code feed.jsonl}, so that no folder of the machine is stored
     * @throws IllegalArgumentException saying what is wrong, e.g. {@code field "title" is missing}
     */
    public static Article fromJson(JsonNode record, String source, ReadOptions options) {
        if (record == null || !record.isObject()) {
            throw new IllegalArgumentException("expected a record with the fields title and text");
        }
        return JsonLinesArticleReader.toArticle(record, lastName(source), options);
    }

    static String lastName(String source) {
        String trimmed = source.replaceAll("[/\\\\]+$", "");
        return trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
    }
}
