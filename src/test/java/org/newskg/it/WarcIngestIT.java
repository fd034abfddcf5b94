package org.newskg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.article.ArticleProblem;
import org.newskg.article.ArticleReaders;
import org.newskg.article.ArticleSource;
import org.newskg.article.ReadOptions;
import org.newskg.article.reader.ArticlePages;
import org.newskg.article.reader.WgetCapture;

/**
 * The development articles served as web pages by a loopback proxy and recorded by {@code wget --warc-file}:
 * {@code newskg ingest} of the WARC stores the same graphs as {@code newskg ingest} of the articles themselves, given
 * as JSON Lines with the address they were served at ({@code http:} where the article says {@code https:}). The
 * comparison is graph by graph, isomorphic but for when and from which file each was read; it holds because the HTML
 * reader gives back each article's title and text exactly (checked first), the date comes from the page's meta tag
 * and the URL from {@code WARC-Target-URI}. A copy of the archive cut short inside a record stores the articles
 * before the cut and names the cut record by its offset.
 */
@Tag("corenlp")
@ExtendWith(SharedCoreNlp.class)
class WarcIngestIT {
    private static final Path DEV = Path.of("..", "shared", "dev", "articles");

    @TempDir
    static Path temp;
    static List<Article> articles;
    static Path warc;
    static Path fromWarc;
    static Path fromArticles;
    static CliRunner warcRun;

    @BeforeAll
    static void ingestBoth() throws Exception {
        assumeTrue(WgetCapture.wgetAvailable(), "wget is not installed (Debian package wget)");
        articles = ArticleSource.files().readAll(List.of(DEV), ReadOptions.defaults());
        WgetCapture capture = WgetCapture.create();
        articles.forEach(article -> capture.page(ArticlePages.servedAt(article), 200, "text/html; charset=utf-8",
                ArticlePages.page(article)));
        Path archive = Files.createDirectories(temp.resolve("archive"));
        warc = capture.record(archive, "dev", true);
        Path jsonl = temp.resolve("dev.jsonl");
        ArticlePages.writeJsonLines(articles, ArticlePages::servedAt, jsonl);

        fromWarc = temp.resolve("from-warc");
        warcRun = CliRunner.run("ingest", "--db", fromWarc.toString(), "--threads", "2", archive.toString());
        fromArticles = temp.resolve("from-articles");
        CliRunner articlesRun = CliRunner.run("ingest", "--db", fromArticles.toString(), "--threads", "2",
                jsonl.toString());
        assertThat(articlesRun.exitCode()).as(articlesRun.err()).isZero();
    }

    @Test
    void theHtmlReaderGivesBackEachArticlesTitleTextDateAndTheServedAddress() {
        List<Article> read = new ArrayList<>();
        ArticleReaders.read(warc, ReadOptions.defaults(), read::add, problem -> {
            throw new AssertionError(problem.message());
        });
        assertThat(read).hasSameSizeAs(articles);
        for (int i = 0; i < articles.size(); i++) {
            Article original = articles.get(i);
            assertThat(read.get(i).title()).isEqualTo(original.title());
            assertThat(read.get(i).body()).as(original.source()).isEqualTo(original.body());
            assertThat(read.get(i).published()).isEqualTo(original.published());
            assertThat(read.get(i).url()).contains(ArticlePages.servedAt(original));
        }
    }

    @Test
    void theWarcIngestsToTheSameGraphsAsTheArticles() {
        assertThat(warcRun.exitCode()).as(warcRun.err()).isZero();
        assertThat(warcRun.out()).startsWith("Ingested " + articles.size() + " articles, ");
        ArticleGraphs.assertSameArticles(fromArticles, fromWarc, articles.size());
    }

    @Test
    void aCopyCutShortStoresTheArticlesBeforeTheCutAndNamesTheCutRecord() throws IOException {
        List<Article> whole = new ArrayList<>();
        ArticleReaders.read(warc, ReadOptions.defaults(), whole::add, problem -> { });
        String third = whole.get(2).source();
        long cutRecord = Long.parseLong(third.substring(third.lastIndexOf('@') + 1));
        Path cut = Files.createDirectories(temp.resolve("cut")).resolve("dev-cut.warc.gz");
        try (InputStream in = Files.newInputStream(warc); OutputStream out = Files.newOutputStream(cut)) {
            out.write(in.readNBytes((int) cutRecord + 100));
        }

        CliRunner run = CliRunner.run("ingest", "--db", temp.resolve("from-cut").toString(), "--threads", "2",
                cut.getParent().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).startsWith("Ingested 2 articles, ");
        assertThat(run.err().lines()).containsExactly("newskg: error: " + ArticleProblem.atOffset(cut.toString(),
                cutRecord) + ": the record is cut short: the file ends inside it. The rest of the file is read; "
                + "to keep the record, fetch it again.");
    }
}
