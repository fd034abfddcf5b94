package org.newskg.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.article.ReadResult.fixture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleReadersTest {

    @Test
    void choosesTheFormatByExtensionAndHeader() {
        assertThat(ArticleReaders.formatOf(fixture("00_seed.txt"))).contains(ArticleFormat.MARKDOWN_NEWS);
        assertThat(ArticleReaders.formatOf(fixture("00_seed.md"))).contains(ArticleFormat.MARKDOWN_NEWS);
        assertThat(ArticleReaders.formatOf(fixture("bom-crlf.txt"))).contains(ArticleFormat.MARKDOWN_NEWS);
        assertThat(ArticleReaders.formatOf(fixture("plain.txt"))).contains(ArticleFormat.PLAIN_TEXT);
        assertThat(ArticleReaders.formatOf(fixture("page.html"))).contains(ArticleFormat.HTML);
        assertThat(ArticleReaders.formatOf(Path.of("x.HTM"))).contains(ArticleFormat.HTML);
        assertThat(ArticleReaders.formatOf(fixture("feed.jsonl"))).contains(ArticleFormat.JSON_LINES);
        assertThat(ArticleReaders.formatOf(Path.of("x.ndjson"))).contains(ArticleFormat.JSON_LINES);
        assertThat(ArticleReaders.formatOf(fixture("notes.pdf"))).isEmpty();
        assertThat(ArticleReaders.forFile(fixture("page.html"))).hasValueSatisfying(
                reader -> assertThat(reader.format()).isEqualTo(ArticleFormat.HTML));
    }

    @Test
    void hasAReaderForEveryFormat() {
        for (ArticleFormat format : ArticleFormat.values()) {
            assertThat(ArticleReaders.forFormat(format).format()).isEqualTo(format);
        }
    }

    @Test
    void unknownFileTypeIsAProblem() {
        ReadResult result = read(fixture("notes.pdf"));

        assertThat(result.singleProblem()).isEqualTo(fixture("notes.pdf") + ": unknown file type '.pdf'. newskg "
                + "reads .txt, .md, .html, .htm, .jsonl, .ndjson, .warc and .warc.gz files.");
    }

    @Test
    void missingFileIsAProblemWhateverItsType() {
        assertThat(read(Path.of("notes.pdf")).singleProblem())
                .isEqualTo("notes.pdf: no such file or directory. Check the path.");
        assertThat(read(Path.of("data", "missing.txt")).singleProblem())
                .isEqualTo(Path.of("data", "missing.txt") + ": no such file or directory. Check the path.");
    }

    @Test
    void readsWithTheChosenReader() {
        assertThat(read(fixture("00_seed.txt")).single().published()).isPresent();
        assertThat(read(fixture("plain.txt")).single().title()).isEqualTo("Harbor bridge reopens after repairs");
    }

    private static ReadResult read(Path file) {
        ReadResult result = new ReadResult(new ArrayList<>(), new ArrayList<>());
        ArticleReaders.read(file, ReadOptions.defaults(), result.articles()::add, result.problems()::add);
        return result;
    }

    @Test
    void knownExtensionsText() {
        assertThat(ArticleFormat.knownExtensionsText())
                .isEqualTo(".txt, .md, .html, .htm, .jsonl, .ndjson, .warc and .warc.gz");
        assertThat(ArticleFormat.knownExtensions())
                .containsExactly("txt", "md", "html", "htm", "jsonl", "ndjson", "warc", "warc.gz");
        assertThat(List.of(ArticleFormat.values())).filteredOn(ArticleFormat::singleArticle)
                .doesNotContain(ArticleFormat.JSON_LINES, ArticleFormat.WARC);
    }

    @Test
    void aWarcFileIsKnownByItsOneOrTwoPartExtension() {
        assertThat(ArticleReaders.formatOf(Path.of("crawl.warc.gz"))).contains(ArticleFormat.WARC);
        assertThat(ArticleReaders.formatOf(Path.of("CRAWL.WARC"))).contains(ArticleFormat.WARC);
        assertThat(ArticleFormat.extensionOf(Path.of("crawl.Warc.gz"))).isEqualTo("Warc.gz");
        assertThat(ArticleReaders.formatOf(Path.of("notes.tar.gz"))).isEmpty();
        assertThat(ArticleReaders.formatOf(Path.of(".warc.gz"))).isEmpty();
    }
}
