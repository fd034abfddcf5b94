package org.newskg.article.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.article.ReadResult.fixture;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.article.ArticleFormat;
import org.newskg.article.ArticleReader;
import org.newskg.article.ReadOptions;
import org.newskg.article.ReadResult;

class PlainTextArticleReaderTest extends AbstractArticleReaderTest {
    private static final String BODY = "The Harbor Bridge reopened to traffic on Monday after six months of repairs."
            + "\n\nCity engineer Ana Ruiz said the work came in under budget.\n\nCommuters welcomed the news.";

    @Override
    ArticleReader reader() {
        return new PlainTextArticleReader();
    }

    @Override
    String extension() {
        return "txt";
    }

    @Override
    String validArticle() {
        return "Harbor bridge reopens\n\nThe Harbor Bridge reopened on Monday.\nCommuters welcomed the news.\n";
    }

    @Override
    @Test
    void readsAValidArticle() throws IOException {
        Article article = read(write("valid", validArticle())).single();

        assertThat(article.title()).isEqualTo("Harbor bridge reopens");
        assertThat(article.url()).isEmpty();
        assertThat(article.body()).isEqualTo("The Harbor Bridge reopened on Monday.\n\nCommuters welcomed the news.");
    }

    @Test
    void readsPlainTextWithoutADate() {
        Path file = fixture("plain.txt");

        Article article = read(file).single();

        assertThat(article.title()).isEqualTo("Harbor bridge reopens after repairs");
        assertThat(article.body()).isEqualTo(BODY);
        assertThat(article.published()).isEmpty();
        assertThat(article.author()).isEmpty();
        assertThat(article.url()).isEmpty();
        assertThat(article.source()).isEqualTo(file.getFileName().toString());
        assertThat(reader().format()).isEqualTo(ArticleFormat.PLAIN_TEXT);
    }

    @Test
    void takesTheDateFromPublishedOption() {
        OffsetDateTime given = OffsetDateTime.of(2024, 5, 6, 8, 30, 0, 0, ZoneOffset.ofHours(2));

        Article article = ReadResult.read(reader(), fixture("plain.txt"), ReadOptions.defaults().withPublished(given))
                .single();

        assertThat(article.published()).contains(given);
        assertThat(article.body()).isEqualTo(BODY);
    }

    @Test
    void dropsAMarkdownHeadingMarkFromTheTitle() throws IOException {
        assertThat(read(write("heading", "# Harbor bridge reopens\nText.\n")).single().title())
                .isEqualTo("Harbor bridge reopens");
    }

    @Test
    void titleWithoutTextIsAProblem() throws IOException {
        Path file = write("title-only", "\n  Harbor bridge reopens  \n\n");

        assertThat(read(file).singleProblem()).isEqualTo(file + ": only a title line 'Harbor bridge reopens', no "
                + "article text. Put the title on the first line and the article's paragraphs below it.");
    }
}
