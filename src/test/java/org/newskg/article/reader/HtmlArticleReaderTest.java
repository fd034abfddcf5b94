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

class HtmlArticleReaderTest extends AbstractArticleReaderTest {

    @Override
    ArticleReader reader() {
        return new HtmlArticleReader();
    }

    @Override
    String extension() {
        return "html";
    }

    @Override
    String validArticle() {
        return """
                <html><head><title>Harbor bridge reopens</title>
                <link rel="canonical" href="https://citytimes.example/harbor-bridge"></head>
                <body><p>The Harbor Bridge reopened on Monday.</p>
                <p>Commuters welcomed the news.</p></body></html>
                """;
    }

    @Test
    void readsMetaTagsAndSkipsNoise() {
        Path file = fixture("page.html");

        Article article = read(file).single();

        assertThat(article.title()).isEqualTo("Harbor bridge reopens after repairs");
        assertThat(article.published()).contains(OffsetDateTime.of(2024, 5, 6, 8, 30, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(article.url()).contains("https://citytimes.example/news/harbor-bridge-reopens");
        assertThat(article.author()).contains("Ana Ruiz");
        assertThat(article.source()).isEqualTo(file.getFileName().toString());
        assertThat(article.body()).isEqualTo("The Harbor Bridge reopened to traffic on Monday after six months of "
                + "repairs.\n\nCity engineer Ana Ruiz said the work came in under budget.\n\n"
                + "Commuters welcomed the news.");
        assertThat(reader().format()).isEqualTo(ArticleFormat.HTML);
    }

    @Test
    void fallsBackToTitleElementAndOgUrl() throws IOException {
        Article article = read(write("fallback", """
                <html><head><title> Harbor
                  bridge reopens </title>
                <meta property="og:url" content="https://citytimes.example/og">
                <meta property="article:author" content="https://social.example/ana"></head>
                <body><main><p>Main text.</p></main><p>Outside main.</p></body></html>
                """)).single();

        assertThat(article.title()).isEqualTo("Harbor bridge reopens");
        assertThat(article.url()).contains("https://citytimes.example/og");
        assertThat(article.author()).contains("https://social.example/ana");
        assertThat(article.body()).isEqualTo("Main text.");
        assertThat(article.published()).isEmpty();
    }

    @Test
    void fallsBackToFirstH1() throws IOException {
        Article article = read(write("h1", "<body><h1>Harbor bridge reopens</h1><h1>Other</h1><p>Text.</p></body>"))
                .single();

        assertThat(article.title()).isEqualTo("Harbor bridge reopens");
        assertThat(article.url()).isEmpty();
        assertThat(article.author()).isEmpty();
    }

    @Test
    void readsDatesFromTheUsualPlaces() throws IOException {
        OffsetDateTime day = OffsetDateTime.of(2024, 5, 6, 0, 0, 0, 0, ZoneOffset.UTC);
        String[] heads = {
            "<meta property=\"og:published_time\" content=\"2024-05-06\">",
            "<meta itemprop=\"datePublished\" content=\"2024-05-06\">",
            "<meta name=\"date\" content=\"2024-05-06\">",
            "<meta name=\"DC.date\" content=\"2024-05-06\">",
            "<meta name=\"pubdate\" content=\"2024-05-06T00:00:00.000+0000\">",
            "<meta name=\"date\" content=\"May 6, 2024\"><meta name=\"pubdate\" content=\"2024-05-06\">",
        };
        for (String head : heads) {
            String html = "<head><title>T</title>" + head + "</head><body><p>Text.</p></body>";
            assertThat(read(write("dated", html)).single().published()).as(head).contains(day);
        }
        String time = "<title>T</title><article><time datetime=\"2024-05-06T00:00:00Z\">May 6</time><p>x</p></article>";
        assertThat(read(write("time", time)).single().published()).contains(day);
    }

    @Test
    void fallsBackToPublishedOption() throws IOException {
        OffsetDateTime given = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
        Path file = write("undated", validArticle());

        assertThat(ReadResult.read(reader(), file, ReadOptions.defaults().withPublished(given)).single().published())
                .contains(given);
    }

    @Test
    void picksTheArticleWithTheMostText() throws IOException {
        String html = "<title>T</title><article><p>Teaser.</p></article>"
                + "<article><p>The long main story.</p><p>More.</p></article>";

        assertThat(read(write("two", html)).single().body()).isEqualTo("The long main story.\n\nMore.");
    }

    @Test
    void pageWithoutParagraphsIsAProblem() throws IOException {
        Path file = write("nav-only", "<title>T</title><nav><p>Home</p></nav><div>Just a div.</div>");

        assertThat(read(file).singleProblem()).isEqualTo(file + ": no article text: no <p> paragraphs in <article>, "
                + "<main> or <body>. Check that the page holds the article itself, with its text in <p> elements.");
    }

    @Test
    void pageWithoutTitleIsAProblem() throws IOException {
        Path file = write("untitled", "<p>Text.</p>");

        assertThat(read(file).singleProblem()).isEqualTo(file + ": no title: the page has no og:title meta, "
                + "<title> or <h1>. Add a <title> to the page.");
    }
}
