package org.newskg.article.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.article.ReadResult.fixture;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.article.ArticleFormat;
import org.newskg.article.ArticleReader;
import org.newskg.article.ReadOptions;
import org.newskg.article.ReadResult;

class MarkdownArticleReaderTest extends AbstractArticleReaderTest {
    private static final String SEED_URL = "https://sputniknews.com/analysis/201911071077240984-returning-to-mexican-"
            + "drug-war-wont-prevent-tragedies-like-mormon-massacre-itll-fuel-them/";

    @Override
    ArticleReader reader() {
        return new MarkdownArticleReader();
    }

    @Override
    String extension() {
        return "txt";
    }

    @Override
    String validArticle() {
        return """

                # Harbor bridge reopens

                Published at: **2024-05-06T08:30:00+00:00**

                Author: ****

                Original: [City Times](https://citytimes.example/harbor-bridge)


                    The Harbor Bridge reopened on Monday.
                  \s
                Commuters welcomed the news.
                """;
    }

    @Test
    void readsTheSeedArticle() {
        Path file = fixture("00_seed.txt");

        Article article = read(file).single();

        assertThat(article.title()).isEqualTo("Returning to Mexican Drug War Won\u2019t Prevent Tragedies Like Mormon "
                + "Massacre, It\u2019ll Fuel Them");
        assertThat(article.published()).contains(OffsetDateTime.of(2019, 11, 7, 1, 42, 27, 0, ZoneOffset.UTC));
        assertThat(article.url()).contains(SEED_URL);
        assertThat(article.author()).isEmpty();
        assertThat(article.source()).isEqualTo(file.getFileName().toString());
        assertThat(article.body()).startsWith("Following the murder of nine US citizens")
                .endsWith("do not necessarily reflect those of Sputnik.")
                .doesNotContain("\n\n\n");
        assertThat(article.body().split("\n\n")).hasSize(13)
                .allSatisfy(paragraph -> assertThat(paragraph).isNotBlank().isEqualTo(paragraph.strip()));
    }

    @Test
    void readsTheSameArticleSavedAsMd() {
        Article txt = read(fixture("00_seed.txt")).single();
        Article md = read(fixture("00_seed.md")).single();

        assertThat(md).usingRecursiveComparison().ignoringFields("source").isEqualTo(txt);
        assertThat(md.source()).isEqualTo("00_seed.md");
    }

    @Test
    void readsAuthorAndPlainDate() throws IOException {
        Article article = read(write("dated", validArticle()
                .replace("2024-05-06T08:30:00+00:00", "2024-05-06")
                .replace("Author: ****", "Author: **Ana Ruiz**"))).single();

        assertThat(article.published()).contains(OffsetDateTime.of(2024, 5, 6, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(article.author()).contains("Ana Ruiz");
        assertThat(article.body()).isEqualTo("The Harbor Bridge reopened on Monday.\n\nCommuters welcomed the news.");
    }

    @Test
    void readsZuluTimeAndAnyHeaderOrder() throws IOException {
        String text = """
                # Harbor bridge reopens
                Published at: 2024-05-06T08:30:00Z
                Original: [City Times](https://citytimes.example/harbor-bridge)
                Author: Ana Ruiz
                The Harbor Bridge reopened on Monday.
                """;

        Article article = read(write("zulu", text)).single();

        assertThat(article.published()).contains(OffsetDateTime.of(2024, 5, 6, 8, 30, 0, 0, ZoneOffset.UTC));
        assertThat(article.author()).contains("Ana Ruiz");
        assertThat(article.url()).contains("https://citytimes.example/harbor-bridge");
        assertThat(article.body()).isEqualTo("The Harbor Bridge reopened on Monday.");
    }

    @Test
    void emptyDateFallsBackToTheUsersDate() throws IOException {
        OffsetDateTime given = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
        Path file = write("undated", validArticle().replace("**2024-05-06T08:30:00+00:00**", "****"));

        assertThat(ReadResult.read(reader(), file, ReadOptions.defaults()).single().published()).isEmpty();
        assertThat(ReadResult.read(reader(), file, ReadOptions.defaults().withPublished(given)).single()
                .published()).contains(given);
    }

    @Test
    void unparseableDateIsAProblemAndNoArticle() {
        Path file = fixture("bad-date.txt");

        assertThat(read(file).singleProblem()).isEqualTo(file + " [line 4]: \"Published at\": expected an ISO-8601 "
                + "date-time but was 'Nov 7, 2019'. Write it like 2019-11-07T01:42:27+00:00 or 2019-11-07.");
    }

    @Test
    void aDateOutsideTheSupportedYearsAndAnOriginalThatIsNoIriAreProblems() throws IOException {
        Path late = write("late", "# T\nPublished at: **+10000-01-01**\n\nText.\n");
        Path relative = write("relative", "# T\nPublished at: 2024-05-06\nOriginal: [Site](/story/1)\nText.\n");

        assertThat(read(late).singleProblem()).isEqualTo(late + " [line 2]: \"Published at\": '+10000-01-01' is "
                + "outside the supported years 0001 to 9999. Write it like 2019-11-07T01:42:27+00:00 or 2019-11-07.");
        assertThat(read(relative).singleProblem()).isEqualTo(relative + " [line 3]: \"Original\": '/story/1' is not"
                + " an absolute IRI (it has no scheme such as https:). Write the article's full address, e.g. "
                + "[Source](https://news.example/story), or remove the line.");
    }

    @Test
    void headerWithoutTextIsAProblem() throws IOException {
        Path file = write("header-only", "# Title\nPublished at: 2024-05-06\nAuthor: ****\n\n");

        assertThat(read(file).singleProblem()).isEqualTo(file + ": no article text after the header. Add the "
                + "article's paragraphs below the header.");
    }

    @Test
    void fileWithoutTheHeaderIsAProblem() throws IOException {
        Path file = write("plain", "Title\n\nText.\n");

        assertThat(read(file).singleProblem()).isEqualTo(file + ": not in the Markdown news format: it does not "
                + "start with a '# ' title line followed by a 'Published at:' line. Add the header or save the file "
                + "as plain text without a 'Published at:' line.");
    }

    @Test
    void recognizesTheFormatByItsHeader() throws IOException {
        assertThat(MarkdownArticleReader.looksLikeMarkdownNews(fixture("00_seed.txt"))).isTrue();
        assertThat(MarkdownArticleReader.looksLikeMarkdownNews(fixture("bom-crlf.txt"))).isTrue();
        assertThat(MarkdownArticleReader.looksLikeMarkdownNews(fixture("plain.txt"))).isFalse();
        assertThat(MarkdownArticleReader.looksLikeMarkdownNews(write("h2", "## Title\nPublished at: 2024-05-06\n")))
                .isFalse();
        assertThat(MarkdownArticleReader.looksLikeMarkdownNews(fixture("missing.txt"))).isFalse();
        assertThat(reader().format()).isEqualTo(ArticleFormat.MARKDOWN_NEWS);
    }

    @Test
    void bareUrlInOriginal() throws IOException {
        Article article = read(write("bare", "# T\nPublished at: 2024-05-06\nOriginal: https://x.example/a\nText.\n"))
                .single();

        assertThat(article.url()).isEqualTo(Optional.of("https://x.example/a"));
    }
}
