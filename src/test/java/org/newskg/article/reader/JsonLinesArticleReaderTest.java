package org.newskg.article.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.article.ReadResult.fixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.article.ArticleFormat;
import org.newskg.article.ArticleProblem;
import org.newskg.article.ArticleReader;
import org.newskg.article.ReadOptions;
import org.newskg.article.ReadResult;

class JsonLinesArticleReaderTest extends AbstractArticleReaderTest {

    @Override
    ArticleReader reader() {
        return new JsonLinesArticleReader();
    }

    @Override
    String extension() {
        return "jsonl";
    }

    @Override
    String validArticle() {
        return "{\"title\": \"Harbor bridge reopens\", \"url\": \"https://citytimes.example/harbor-bridge\", "
                + "\"text\": \"The Harbor Bridge reopened on Monday.\\n\\nCommuters welcomed the news.\"}\n";
    }

    @Test
    void readsGoodLinesAndReportsBadOnesWithTheirLineNumbers() {
        Path file = fixture("feed.jsonl");

        ReadResult result = read(file);

        assertThat(result.articles()).extracting(Article::source)
                .containsExactly("feed.jsonl:1", "feed.jsonl:4", "feed.jsonl:6");
        assertThat(result.problems()).extracting(p -> p.line().getAsInt()).containsExactly(2, 5);
        assertThat(result.messages()).containsExactly(
                file + " [line 2]: field \"published\": expected an ISO-8601 date-time but was '05/01/2024'. "
                        + "Fix the record or remove it.",
                file + " [line 5]: not valid JSON at column 67: Unexpected end-of-input within/between Object "
                        + "entries; the line was '{\"title\": \"Storm warning\", \"text\": \"A storm is expected "
                        + "tonight.\",'. Fix the record or remove it.");
    }

    @Test
    void readsFieldsAndParagraphs() {
        List<Article> articles = read(fixture("feed.jsonl")).articles();

        Article first = articles.get(0);
        assertThat(first.title()).isEqualTo("Harbor bridge reopens");
        assertThat(first.published()).contains(OffsetDateTime.of(2024, 5, 6, 8, 30, 0, 0, ZoneOffset.UTC));
        assertThat(first.url()).contains("https://citytimes.example/harbor-bridge");
        assertThat(first.author()).contains("Ana Ruiz");
        assertThat(first.body()).isEqualTo("The Harbor Bridge reopened on Monday.\n\nCommuters welcomed the news.");

        Article second = articles.get(1);
        assertThat(second.published()).contains(OffsetDateTime.of(2024, 5, 7, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(second.url()).isEmpty();
        assertThat(second.author()).isEmpty();
        assertThat(second.body()).as("single line breaks separate paragraphs when there is no blank line")
                .isEqualTo("The library will open until 9 pm.\n\nThe change starts in June.");

        assertThat(articles.get(2).body()).as("with blank lines, single line breaks are inside a paragraph")
                .isEqualTo("The route starts at the harbor.\n\nIt ends at the park near the river.");
        assertThat(articles.get(2).published()).isEmpty();
        assertThat(reader().format()).isEqualTo(ArticleFormat.JSON_LINES);
    }

    @Test
    void missingDateFallsBackToPublishedOption() {
        OffsetDateTime given = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);

        List<Article> articles = ReadResult.read(reader(), fixture("feed.jsonl"),
                ReadOptions.defaults().withPublished(given)).articles();

        assertThat(articles.get(2).published()).contains(given);
        assertThat(articles.get(0).published()).isNotEqualTo(java.util.Optional.of(given));
    }

    @Test
    void badRecords() throws IOException {
        Path file = write("bad", String.join("\n",
                "{\"text\": \"No title.\"}",
                "{\"title\": \"No text\"}",
                "{\"title\": 42, \"text\": \"Number title.\"}",
                "{\"title\": \"  \", \"text\": \"Blank title.\"}",
                "[\"not\", \"an object\"]",
                "{\"title\": \"T\", \"text\": \"x\"} trailing",
                "{\"title\": \"T\", \"text\": \"x\"} {}",
                "{\"title\": \"T\", \"text\": \"x\", \"published\": 1715000000}",
                "{\"title\": \"T\", \"text\": \" \\n \"}",
                "{\"title\": \"T\", \"text\": \"Fine.\", \"published\": null, \"url\": \"\"}"));

        ReadResult result = read(file);

        assertThat(result.problems()).extracting(ArticleProblem::what).containsExactly(
                "field \"title\" is missing",
                "field \"text\" is missing",
                "field \"title\": expected a string but was '42'",
                "field \"title\" is empty",
                "expected a JSON object but was '[\"not\", \"an object\"]'",
                "not valid JSON at column 37: Unrecognized token 'trailing': was expecting (JSON String, Number, "
                        + "Array, Object or token 'null', 'true' or 'false'); the line was "
                        + "'{\"title\": \"T\", \"text\": \"x\"} trailing'",
                "not valid JSON at column 29: more than one JSON value on the line; the line was "
                        + "'{\"title\": \"T\", \"text\": \"x\"} {}'",
                "field \"published\": expected an ISO-8601 date-time but was '1715000000'",
                "field \"text\" is empty");
        assertThat(result.articles()).singleElement().satisfies(article -> {
            assertThat(article.source()).isEqualTo(file.getFileName() + ":10");
            assertThat(article.url()).isEmpty();
            assertThat(article.published()).isEmpty();
        });
    }

    @Test
    void aUrlIsStoredAsAValidIriOrTheRecordIsReported() throws IOException {
        Path file = write("urls", String.join("\n",
                "{\"title\": \"T\", \"text\": \"One.\", \"url\": \"https://news.example/a b\\\"c<d>|e\"}",
                "{\"title\": \"T\", \"text\": \"Two.\", \"url\": \"news.example/story\"}",
                "{\"title\": \"T\", \"text\": \"Three.\", \"url\": \"https://news.example:port/x\"}"));

        ReadResult result = read(file);

        assertThat(result.articles()).singleElement().satisfies(article -> assertThat(article.url())
                .contains("https://news.example/a%20b%22c%3Cd%3E%7Ce"));
        assertThat(result.messages()).hasSize(2);
        assertThat(result.messages().get(0)).isEqualTo(file + " [line 2]: field \"url\": 'news.example/story' is not"
                + " an absolute IRI (it has no scheme such as https:). Fix the record or remove it.");
        assertThat(result.messages().get(1)).startsWith(file + " [line 3]: field \"url\": "
                + "'https://news.example:port/x' is not a valid IRI (").endsWith("). Fix the record or remove it.");
    }

    @Test
    void aPublicationTimeOutsideTheYears1To9999InUtcIsReported() throws IOException {
        Path file = write("years", String.join("\n",
                "{\"title\": \"T\", \"text\": \"One.\", \"published\": \"9999-12-31T23:00-01:00\"}",
                "{\"title\": \"T\", \"text\": \"Two.\", \"published\": \"+10000-01-01\"}",
                "{\"title\": \"T\", \"text\": \"Three.\", \"published\": \"0001-01-01T00:30+01:00\"}",
                "{\"title\": \"T\", \"text\": \"Four.\", \"published\": \"9999-12-31T23:00Z\"}"));

        ReadResult result = read(file);

        assertThat(result.messages()).containsExactly(
                file + " [line 1]: field \"published\": '9999-12-31T23:00-01:00' is +10000-01-01T00:00Z in UTC,"
                        + " outside the supported years 0001 to 9999. Fix the record or remove it.",
                file + " [line 2]: field \"published\": '+10000-01-01' is outside the supported years 0001 to 9999."
                        + " Fix the record or remove it.",
                file + " [line 3]: field \"published\": '0001-01-01T00:30+01:00' is 0000-12-31T23:30Z in UTC,"
                        + " outside the supported years 0001 to 9999. Fix the record or remove it.");
        assertThat(result.articles()).singleElement().satisfies(article -> assertThat(article.published())
                .contains(OffsetDateTime.parse("9999-12-31T23:00Z")));
    }

    @Test
    void blankLinesOnlyIsAnEmptyFile() throws IOException {
        Path file = write("blank-lines", "\n\n   \n");

        assertThat(read(file).singleProblem())
                .isEqualTo(file + ": empty file, no article in it. Add the article text or leave the file out.");
    }

    @Test
    void encodingErrorNamesItsLineAndKeepsEarlierArticles() throws IOException {
        byte[] good = validArticle().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"title\": \"Caf\u00e9\", \"text\": \"x\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] both = new byte[good.length + bad.length];
        System.arraycopy(good, 0, both, 0, good.length);
        System.arraycopy(bad, 0, both, good.length, bad.length);
        Path file = write("mixed", both);

        ReadResult result = read(file);

        assertThat(result.articles()).hasSize(1);
        assertThat(result.messages()).containsExactly(file + " [line 2]: not UTF-8 text: byte 0xE9 cannot be decoded "
                + "(the file may be Latin-1 or Windows-1252). Save the file as UTF-8 text.");
    }
}
