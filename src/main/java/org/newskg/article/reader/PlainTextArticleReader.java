package org.newskg.article.reader;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.newskg.article.Article;
import org.newskg.article.ArticleFormat;
import org.newskg.article.ArticleProblem;
import org.newskg.article.ArticleReader;
import org.newskg.article.ReadOptions;

/**
 * Reads a plain text file as one article: the first non-blank line is the title (a leading Markdown {@code #} is
 * dropped), every other non-blank line is a paragraph. The publication time is {@link ReadOptions#published()}.
 * Stateless and thread-safe.
 */
public final class PlainTextArticleReader implements ArticleReader {

    @Override
    public ArticleFormat format() {
        return ArticleFormat.PLAIN_TEXT;
    }

    @Override
    public void read(Path file, String sourceName, ReadOptions options, Consumer<Article> articles,
                     Consumer<ArticleProblem> problems) {
        Optional<String> text = Utf8Text.readFile(file, problems);
        if (text.isEmpty()) {
            return;
        }
        List<String> lines = text.get().lines().filter(line -> !line.isBlank()).toList();
        String title = TextLib.oneLine(lines.get(0).strip().replaceFirst("^#+\\s+", ""));
        String body = TextLib.joinParagraphs(lines.subList(1, lines.size()));
        if (body.isEmpty()) {
            problems.accept(ArticleProblem.of(file.toString(), "only a title line " + ArticleProblem.quote(title)
                    + ", no article text", "Put the title on the first line and the article's paragraphs below it."));
            return;
        }
        articles.accept(Article.of(title, options.published(), Optional.empty(), Optional.empty(), body,
                sourceName));
    }
}
