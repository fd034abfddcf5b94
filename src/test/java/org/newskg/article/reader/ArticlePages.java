package org.newskg.article.reader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.newskg.article.Article;

/**
 * Articles as a news site would serve them, for tests that record them with {@link WgetCapture}: one HTML page per
 * article with its title, date and author in the usual meta tags and each paragraph of its body as a {@code <p>} of
 * an {@code <article>}, beside a navigation bar that is no part of the text.
 */
public final class ArticlePages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticlePages() {
    }

    /** The page of an article. */
    public static String page(Article article) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(Entities.escape(article.title())).append("</title>\n");
        article.published().ifPresent(p -> html.append("<meta property=\"article:published_time\" content=\"")
                .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(p)).append("\">\n"));
        article.author().ifPresent(a -> html.append("<meta name=\"author\" content=\"")
                .append(Entities.escape(a)).append("\">\n"));
        html.append("</head><body><nav><p>News</p><p>Sport</p></nav><article>\n<h1>")
                .append(Entities.escape(article.title())).append("</h1>\n");
        for (String paragraph : article.body().split(TextLib.PARAGRAPH_BREAK)) {
            html.append("<p>").append(Entities.escape(paragraph)).append("</p>\n");
        }
        return html.append("</article><footer><p>Contact</p></footer></body></html>\n").toString();
    }

    /** The address a test serves an article at: its own URL with {@code http:}, which wget fetches through a proxy. */
    public static String servedAt(Article article) {
        return article.url().orElseThrow(() -> new IllegalArgumentException(article.source() + " has no URL"))
                .replaceFirst("^https:", "http:");
    }

    /**
     * Writes articles as JSON Lines with the URL given by {@code url}, for {@code ingest} and the Spark job.
     */
    public static void writeJsonLines(List<Article> articles, java.util.function.Function<Article, String> url,
                                      Path file) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file)) {
            for (Article article : articles) {
                ObjectNode record = JSON.createObjectNode().put("title", article.title()).put("text", article.body())
                        .put("url", url.apply(article));
                article.published().ifPresent(p -> record.put("published", p.withOffsetSameInstant(ZoneOffset.UTC)
                        .toString()));
                article.author().ifPresent(a -> record.put("author", a));
                writer.write(JSON.writeValueAsString(record));
                writer.newLine();
            }
        }
    }
}
