package org.newskg.article.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.article.ArticleFormat;
import org.newskg.article.ArticleProblem;
import org.newskg.article.ArticleReaders;
import org.newskg.article.ReadOptions;
import org.newskg.article.WarcInput;

/**
 * WARC files written by {@code wget --warc-file} from pages a loopback proxy serves ({@link WgetCapture}), and copies
 * of them cut short or with a broken header, read by {@link WarcArticleReader}. No NLP; an IT because it opens a port
 * and runs wget (Debian's, installed by {@code .ci/run}).
 */
class WarcArticleReaderIT {
    private static final String HARBOR = "http://news.example/2024/harbor-vote";
    private static final String UNDATED = "http://news.example/2024/undated";
    private static final String EMPTY = "http://news.example/2024/empty";

    @TempDir
    static Path temp;
    static Path gz;
    static Path plain;
    static OffsetDateTime captured;

    @BeforeAll
    static void record() throws Exception {
        assumeTrue(WgetCapture.wgetAvailable(), "wget is not installed (Debian package wget)");
        WgetCapture capture = WgetCapture.create()
                .page(HARBOR, 200, "text/html; charset=utf-8", page("Harbor board backs the dredging plan",
                        "<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00+01:00\">"
                                + "<meta name=\"author\" content=\"Ana Costa\">",
                        "The Harbor Trust board voted on Tuesday to dredge the north channel.",
                        "Dredging starts in May, director Luis Prado said."))
                .page("http://news.example/logo.png", 200, "image/png", "not really a picture")
                .page("http://news.example/2024/gone", 404, "text/html", page("Not found", "", "Gone."))
                .page(EMPTY, 200, "text/html", "<html><head><title>Menu</title></head><body><nav>x</nav></body>")
                .page(UNDATED, 200, "text/html", page("Ferry times change", "",
                        "The ferry leaves an hour earlier from Monday."));
        captured = OffsetDateTime.now();
        gz = capture.record(temp, "crawl", true);
        plain = capture.record(temp, "crawl-plain", false);
    }

    static String page(String title, String head, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>").append(title)
                .append("</title>").append(head).append("</head><body><nav><p>Home</p></nav><article>");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        return html.append("</article></body></html>").toString();
    }

    @Test
    void theHtmlPagesOfStatus200AreArticlesAndEverythingElseIsSkippedAndCounted() throws IOException {
        for (Path warc : List.of(gz, plain)) {
            assertThat(ArticleReaders.formatOf(warc)).contains(ArticleFormat.WARC);
            Read read = read(warc);
            assertThat(read.articles).extracting(a -> a.url().orElseThrow()).containsExactly(HARBOR, UNDATED);
            Article harbor = read.articles.get(0);
            assertThat(harbor.title()).isEqualTo("Harbor board backs the dredging plan");
            assertThat(harbor.body()).isEqualTo("The Harbor Trust board voted on Tuesday to dredge the north "
                    + "channel.\n\nDredging starts in May, director Luis Prado said.");
            assertThat(harbor.published()).contains(OffsetDateTime.parse("2024-03-05T09:30:00+01:00"));
            assertThat(harbor.author()).contains("Ana Costa");
            assertThat(harbor.source()).matches(warc.getFileName() + "@\\d+");
            Article undated = read.articles.get(1);
            assertThat(Duration.between(captured, undated.published().orElseThrow()).abs())
                    .as("the WARC-Date of a page without its own date").isLessThan(Duration.ofMinutes(2));

            assertThat(read.problems).singleElement().satisfies(problem -> assertThat(problem.message())
                    .matches(java.util.regex.Pattern.quote(warc.toString()) + " \\[offset \\d+\\]: no article text: "
                            + "no <p> paragraphs in <article>, <main> or <body>\\. .*"));
            try (WarcInput.Records records = WarcInput.read(warc.toString(), "x", offset -> open(warc, offset))) {
                records.forEachRemaining(item -> { });
                assertThat(records.skipped()).containsEntry("request record", 5L)
                        .containsEntry("warcinfo record", 1L).containsEntry("HTTP status 404", 1L)
                        .containsEntry("not HTML", 1L);
            }
        }
    }

    @Test
    void aCopyCutShortInsideAGzipMemberGivesTheArticlesBeforeAndOneProblemAtTheCutRecord() throws IOException {
        long undated = offsetOf(read(gz), UNDATED);
        Path cut = temp.resolve("cut.warc.gz");
        copy(gz, cut, 0, undated + 40);

        Read read = read(cut);

        assertThat(read.articles).extracting(a -> a.url().orElseThrow()).containsExactly(HARBOR);
        assertThat(read.problems).extracting(ArticleProblem::message).contains(cut + " [offset " + undated
                + "]: the record is cut short: the file ends inside it. The rest of the file is read; to keep the "
                + "record, fetch it again.");
    }

    @Test
    void aBrokenRecordInTheMiddleIsReportedAndTheRecordsAfterItAreRead() throws IOException {
        Read whole = read(gz);
        long harbor = offsetOf(whole, HARBOR);
        Path broken = temp.resolve("broken.warc.gz");
        byte[] bytes = Files.readAllBytes(gz);
        bytes[(int) harbor + 30] ^= 0x55;
        bytes[(int) harbor + 31] ^= 0x55;
        Files.write(broken, bytes);

        Read read = read(broken);

        assertThat(read.articles).extracting(a -> a.url().orElseThrow()).containsExactly(UNDATED);
        assertThat(read.problems).extracting(ArticleProblem::message).anySatisfy(message -> assertThat(message)
                .startsWith(broken + " [offset " + harbor + "]: "));
    }

    @Test
    void aRecordWithABadHeaderIsReportedAtItsOffsetAndTheRestGoesOn() throws IOException {
        long harbor = offsetOf(read(plain), HARBOR);
        String text = Files.readString(plain, StandardCharsets.ISO_8859_1);
        int header = text.indexOf("WARC-Type: response", (int) harbor);
        Path bad = temp.resolve("bad-header.warc");
        Files.writeString(bad, text.substring(0, header) + "WARC-Type  response" + text.substring(header + 19),
                StandardCharsets.ISO_8859_1);

        Read read = read(bad);

        assertThat(read.articles).extracting(a -> a.url().orElseThrow()).containsExactly(UNDATED);
        assertThat(read.problems).extracting(ArticleProblem::message).anySatisfy(message -> assertThat(message)
                .startsWith(bad + " [offset " + harbor + "]: unreadable record"));
    }

    @Test
    void recordsAreReadAsTheyArePulledNotTheWholeFileFirst() throws Exception {
        WgetCapture many = WgetCapture.create();
        String filler = "<p>" + "Ferry news. ".repeat(400) + "</p>";
        for (int i = 0; i < 150; i++) {
            many.page("http://news.example/many/" + i, 200, "text/html", page("Story " + i, "", filler));
        }
        Path big = many.record(temp, "many", true);
        AtomicLong bytesRead = new AtomicLong();
        try (WarcInput.Records records = WarcInput.read(big.toString(), "many", offset -> counting(
                open(big, offset), bytesRead))) {
            assertThat(records.next().article()).isPresent();
            assertThat(bytesRead.get()).as("bytes read for the first article, of " + Files.size(big))
                    .isLessThan(Files.size(big) / 10);
            records.forEachRemaining(item -> assertThat(item.article()).isPresent());
        }
    }

    private record Read(List<Article> articles, List<ArticleProblem> problems) {
    }

    private static Read read(Path warc) {
        List<Article> articles = new ArrayList<>();
        List<ArticleProblem> problems = new ArrayList<>();
        ArticleReaders.read(warc, ReadOptions.defaults(), articles::add, problems::add);
        return new Read(articles, problems);
    }

    private static long offsetOf(Read read, String url) {
        Optional<Article> article = read.articles.stream().filter(a -> a.url().orElseThrow().equals(url)).findFirst();
        String source = article.orElseThrow().source();
        return Long.parseLong(source.substring(source.lastIndexOf('@') + 1));
    }

    private static void copy(Path from, Path to, long start, long end) throws IOException {
        try (InputStream in = Files.newInputStream(from); OutputStream out = Files.newOutputStream(to)) {
            in.skipNBytes(start);
            out.write(in.readNBytes((int) (end - start)));
        }
    }

    private static InputStream open(Path file, long offset) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(offset);
        return Channels.newInputStream(channel);
    }

    private static InputStream counting(InputStream in, AtomicLong count) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                count.addAndGet(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count.addAndGet(Math.max(n, 0));
                return n;
            }
        };
    }
}
