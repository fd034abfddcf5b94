package org.newskg.article.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.article.Article;
import org.newskg.article.ArticleProblem;
import org.newskg.article.ArticleReader;
import org.newskg.article.DateLib;
import org.newskg.article.IriLib;
import org.newskg.article.ReadOptions;

/**
 * Fuzzes each reader with real article files, mutated: the reader's contract holds for every input. It gives valid
 * articles (a title and body, an absolute IRI as URL, a date in the supported years, a source that is no absolute
 * path) and problems whose message is one line starting with the file; it never throws and never hangs. Each
 * reader's 300 cases come from its own fixed seed, so a failing case is the same on every run and its name says how
 * to make it again: {@code cases} draws the case's seed file and edits from {@code new Random(seed)}.
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

    private static final int CASES_PER_READER = 300;
    private static final int MAX_EDITS = 8;
    /** One draw in this many of a position is the start or the end of the input, the edges a reader handles. */
    private static final int EDGE_ODDS = 20;

    @TempDir
    static Path temp;
    private static final AtomicInteger FILES = new AtomicInteger();

    @ParameterizedTest(name = "{0}")
    @MethodSource("newsFormatCases")
    void newsFormat(Case input) {
        assertContract(new MarkdownArticleReader(), "txt", input);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plainTextCases")
    void plainText(Case input) {
        assertContract(new PlainTextArticleReader(), "txt", input);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("htmlCases")
    void html(Case input) {
        assertContract(new HtmlArticleReader(), "html", input);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonLinesCases")
    void jsonLines(Case input) {
        assertContract(new JsonLinesArticleReader(), "jsonl", input);
    }

    static Stream<Case> newsFormatCases() {
        return cases(0x6e657773L, "00_seed.md", "00_seed.txt", "bad-date.txt", "bom-crlf.txt");
    }

    static Stream<Case> plainTextCases() {
        return cases(0x706c6169L, "plain.txt", "00_seed.txt", "latin1.txt", "blank.txt");
    }

    static Stream<Case> htmlCases() {
        return cases(0x68746d6cL, "page.html");
    }

    static Stream<Case> jsonLinesCases() {
        return cases(0x6a736f6eL, "feed.jsonl");
    }

    /** A generated input, named by its index and the seed that makes it again. */
    record Case(int index, long seed, String seedFile, byte[] bytes) {
        @Override
        public String toString() {
            return "case " + index + " (seed " + seed + "L, from " + seedFile + ", " + bytes.length + " bytes)";
        }
    }

    private static Stream<Case> cases(long readerSeed, String... seedFiles) {
        Random seeds = new Random(readerSeed);
        return IntStream.range(0, CASES_PER_READER).mapToObj(index -> {
            long seed = seeds.nextLong();
            Random random = new Random(seed);
            String seedFile = seedFiles[random.nextInt(seedFiles.length)];
            return new Case(index, seed, seedFile, mutated(random, seed(seedFile)));
        });
    }

    private static void assertContract(ArticleReader reader, String extension, Case input) {
        try {
            assertContract(reader, write(extension, input.bytes()));
        } catch (AssertionError e) {
            throw new AssertionError(input + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new AssertionError(input + ": the reader threw " + e, e);
        }
    }

    private static void assertContract(ArticleReader reader, Path file) {
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

    /** Up to eight edits of a seed file: a token inserted, a byte changed, a range cut or repeated, a cut end. */
    private static byte[] mutated(Random random, byte[] seed) {
        byte[] result = seed;
        int edits = random.nextInt(MAX_EDITS + 1);
        for (int i = 0; i < edits; i++) {
            result = edit(random, result);
        }
        return result;
    }

    /** One edit, drawn with the weights 5 insert, 2 change, 2 cut, 1 repeat, 1 truncate. */
    private static byte[] edit(Random random, byte[] bytes) {
        int kind = random.nextInt(11);
        if (kind < 5) {
            byte[] token = TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8);
            return splice(bytes, where(random), 0, token);
        } else if (kind < 7) {
            return splice(bytes, where(random), 1, new byte[] {(byte) random.nextInt(256)});
        } else if (kind < 9) {
            int length = 1 + random.nextInt(400);
            return splice(bytes, where(random), length, new byte[0]);
        } else if (kind < 10) {
            int length = 1 + random.nextInt(400);
            double at = where(random);
            int from = (int) (at * bytes.length);
            return splice(bytes, at, 0, Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + length)));
        }
        return Arrays.copyOf(bytes, (int) (where(random) * bytes.length));
    }

    /** A position in [0, 1] as a fraction of the input; now and then exactly its start or its end. */
    private static double where(Random random) {
        int edge = random.nextInt(EDGE_ODDS);
        if (edge == 0) {
            return 0;
        } else if (edge == 1) {
            return 1;
        }
        return random.nextDouble();
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
