package org.newskg.article.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Assertions;
import org.newskg.article.Article;
import org.newskg.article.ArticleProblem;
import org.newskg.article.ArticleReader;
import org.newskg.article.DateLib;
import org.newskg.article.IriLib;
import org.newskg.article.ReadOptions;

/**
 * Fuzzes each reader with real article files, mutated: the reader's contract holds for every input. It gives valid
 * articles (a title and body, an absolute IRI as URL, a date in the supported years, a source that is no absolute
 * path) and problems whose message is one line starting with the file; it never throws and never hangs.
 */
class ArticleReaderFuzzTest {
    private static final Path SEEDS = Path.of("src", "test", "resources", "articles");
    /** Fragments that the readers look for, and values at the edges of what they accept. */
    private static final List<String> TOKENS = List.of("# ", "\nPublished at: ", "**", "\nAuthor: ",
            "\nOriginal: [a](", "https://news.example/a b\"<>", ")", "\n\n", "\r\n", "\r", "\uFEFF", "\u0000", "\t",
            "9999-12-31T23:00-01:00", "+10000-01-01", "0001-01-01T00:30+01:00", "2019-11-07", "+999999999-12-31",
            "<p>", "</p>", "<article>", "<title>", "<meta property=\"og:url\" content=\"/rel\">",
            "<link rel=\"canonical\" href=\"https://x.example:port/\">", "<time datetime=\"+10000-01-01\">", "{",
            "}", "\"", "\\", "\\u0000", "\"url\": \"news.example\", ", "\"published\": \"+10000-01-01\", ",
            "\"title\": ", "\"text\": ", "null", "[1]", "é", "\uD83D\uDE00", "\u2028", " ");

    private static Path temp;
    private static final AtomicInteger FILES = new AtomicInteger();

    @BeforeContainer
    static void createFolder() throws IOException {
        temp = Files.createTempDirectory("newskg-fuzz");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Property(tries = 300)
    void newsFormat(@ForAll("newsFormat") byte[] input) {
        assertContract(new MarkdownArticleReader(), "txt", input);
    }

    @Property(tries = 300)
    void plainText(@ForAll("plainText") byte[] input) {
        assertContract(new PlainTextArticleReader(), "txt", input);
    }

    @Property(tries = 300)
    void html(@ForAll("html") byte[] input) {
        assertContract(new HtmlArticleReader(), "html", input);
    }

    @Property(tries = 300)
    void jsonLines(@ForAll("jsonLines") byte[] input) {
        assertContract(new JsonLinesArticleReader(), "jsonl", input);
    }

    @Provide
    Arbitrary<byte[]> newsFormat() {
        return mutated("00_seed.md", "00_seed.txt", "bad-date.txt", "bom-crlf.txt");
    }

    @Provide
    Arbitrary<byte[]> plainText() {
        return mutated("plain.txt", "00_seed.txt", "latin1.txt", "blank.txt");
    }

    @Provide
    Arbitrary<byte[]> html() {
        return mutated("page.html");
    }

    @Provide
    Arbitrary<byte[]> jsonLines() {
        return mutated("feed.jsonl");
    }

    private static void assertContract(ArticleReader reader, String extension, byte[] input) {
        Path file = write(extension, input);
        List<Article> articles = new ArrayList<>();
        List<ArticleProblem> problems = new ArrayList<>();

        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> reader.read(file, ReadOptions.defaults(), articles::add, problems::add));

        assertThat(articles.size() + problems.size()).as("an input gives an article or a problem").isPositive();
        for (Article article : articles) {
            assertThat(article.title()).isNotBlank().doesNotContain("\n");
            assertThat(article.body()).isNotBlank();
            article.url().ifPresent(url -> assertThat(IriLib.isValid(url)).as(url).isTrue());
            article.published().ifPresent(time -> assertThat(DateLib.isSupported(time)).as(time.toString()).isTrue());
            assertThat(article.source()).startsWith(file.getFileName().toString());
            assertThat(Path.of(article.source().replace(':', '_')).isAbsolute()).isFalse();
        }
        for (ArticleProblem problem : problems) {
            assertThat(problem.message()).startsWith(file.toString()).doesNotContain("\n", "\r");
        }
    }

    /** A seed file, then up to eight edits: a token inserted, a byte changed, a range cut or repeated, a cut end. */
    private static Arbitrary<byte[]> mutated(String... seeds) {
        Arbitrary<byte[]> seed = Arbitraries.of(seeds).map(ArticleReaderFuzzTest::seed);
        return seed.flatMap(bytes -> edits().list().ofMaxSize(8).map(list -> {
            byte[] result = bytes;
            for (Edit edit : list) {
                result = edit.apply(result);
            }
            return result;
        }));
    }

    private static Arbitrary<Edit> edits() {
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<Edit> insert = Arbitraries.of(TOKENS).flatMap(token -> where.map(at -> bytes -> splice(bytes,
                at, 0, token.getBytes(StandardCharsets.UTF_8))));
        Arbitrary<Edit> change = Arbitraries.bytes().flatMap(b -> where.map(at -> bytes -> splice(bytes, at, 1,
                new byte[] {b})));
        Arbitrary<Edit> cut = Arbitraries.integers().between(1, 400).flatMap(n -> where.map(at -> bytes ->
                splice(bytes, at, n, new byte[0])));
        Arbitrary<Edit> repeat = Arbitraries.integers().between(1, 400).flatMap(n -> where.map(at -> bytes -> {
            int from = (int) (at * bytes.length);
            byte[] part = java.util.Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + n));
            return splice(bytes, at, 0, part);
        }));
        Arbitrary<Edit> truncate = where.map(at -> bytes -> java.util.Arrays.copyOf(bytes, (int) (at * bytes.length)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, insert), net.jqwik.api.Tuple.of(2, change), net.jqwik.api.Tuple.of(2, cut),
                net.jqwik.api.Tuple.of(1, repeat), net.jqwik.api.Tuple.of(1, truncate));
    }

    @FunctionalInterface
    private interface Edit {
        byte[] apply(byte[] bytes);
    }

    private static byte[] splice(byte[] bytes, double at, int remove, byte[] insert) {
        int from = (int) (at * bytes.length);
        int to = Math.min(bytes.length, from + remove);
        byte[] result = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(bytes, to, result, from + insert.length, bytes.length - to);
        return result;
    }

    private static byte[] seed(String name) {
        try {
            return Files.readAllBytes(SEEDS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(String extension, byte[] input) {
        try {
            return Files.write(temp.resolve("input-" + FILES.incrementAndGet() + "." + extension), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
