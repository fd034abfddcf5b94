package org.newskg.article.reader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.article.Article;
import org.newskg.article.ArticleFormat;
import org.newskg.article.ArticleProblem;
import org.newskg.article.ArticleReader;
import org.newskg.article.DateLib;
import org.newskg.article.IriLib;
import org.newskg.article.ReadOptions;

/**
 * Reads the Markdown news format, one article per file:
 *
 * <pre>
 * # Title
 *
 * Published at: **2019-11-07T01:42:27+00:00**
 *
 * Author: **Jim Hu**
 *
 * Original: [Source name](https://example.com/story)
 *
 * First paragraph.
 * Second paragraph.
 * </pre>
 *
 * <p>Blank lines may come before and between the header lines; {@code Author} and {@code Original} are optional and
 * {@code Author: ****} means no author. The body is every following non-blank line, stripped, one paragraph per line.
 * An unreadable {@code Published at} date is a problem and the article is skipped; an empty one falls back to
 * {@link ReadOptions#published()}. Stateless and thread-safe.
 */
public final class MarkdownArticleReader implements ArticleReader {
    private static final String TITLE = "# ";
    private static final String PUBLISHED = "published at:";
    private static final String AUTHOR = "author:";
    private static final String ORIGINAL = "original:";
    private static final Pattern LINK = Pattern.compile("\\[(.*)]\\((.*)\\)");
    private static final int SNIFF_BYTES = 8192;

    @Override
    public ArticleFormat format() {
        return ArticleFormat.MARKDOWN_NEWS;
    }

    @Override
    public void read(Path file, String sourceName, ReadOptions options, Consumer<Article> articles,
                     Consumer<ArticleProblem> problems) {
        Utf8Text.readFile(file, problems).ifPresent(text -> parse(file, sourceName, text.split("\n", -1), options,
                articles, problems));
    }

    /**
     * True when the file starts (after blank lines) with a {@code # } title line followed by a {@code Published at:}
     * line. Looks at the first few kilobytes only and never reports a problem: a file that cannot be read is not
     * Markdown news, and the reader chosen instead reports why.
     */
    public static boolean looksLikeMarkdownNews(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return false;
        }
        String text = Utf8Text.normalizeLineEnds(new String(head, StandardCharsets.UTF_8));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return publishedLine(text.split("\n", -1)) >= 0;
    }

    private static void parse(Path file, String sourceName, String[] lines, ReadOptions options,
                              Consumer<Article> articles, Consumer<ArticleProblem> problems) {
        String source = file.toString();
        int at = publishedLine(lines);
        if (at < 0) {
            problems.accept(ArticleProblem.of(source, "not in the Markdown news format: it does not start with a "
                    + "'# ' title line followed by a 'Published at:' line", "Add the header or save the file as plain "
                    + "text without a 'Published at:' line."));
            return;
        }
        int titleLine = nextNonBlank(lines, 0);
        String title = TextLib.oneLine(lines[titleLine].strip().substring(1));
        if (title.isEmpty()) {
            problems.accept(ArticleProblem.at(source, titleLine + 1, "the title line '# ' has no title",
                    "Write the headline after '# '."));
            return;
        }
        String dateText = unbold(valueOf(lines[at]));
        DateLib.Reading date = dateText.isEmpty() ? new DateLib.Reading(options.published(), Optional.empty())
                : DateLib.read(dateText);
        if (date.problem().isPresent()) {
            problems.accept(ArticleProblem.at(source, at + 1, "\"Published at\": " + date.problem().get(),
                    "Write it like " + DateLib.EXAMPLES + "."));
            return;
        }
        Optional<OffsetDateTime> published = date.time();
        Extras extras = extras(lines, at + 1);
        if (extras.badUrl().isPresent()) {
            problems.accept(ArticleProblem.at(source, extras.urlLine() + 1, "\"Original\": " + extras.badUrl().get(),
                    "Write the article's full address, e.g. [Source](https://news.example/story), or remove the "
                            + "line."));
            return;
        }
        String body = TextLib.joinParagraphs(Arrays.stream(lines, extras.bodyStart(), lines.length));
        if (body.isEmpty()) {
            problems.accept(ArticleProblem.of(source, "no article text after the header",
                    "Add the article's paragraphs below the header."));
            return;
        }
        articles.accept(Article.of(title, published, extras.author(), extras.url(), body, sourceName));
    }

    /** The optional header lines after {@code Published at:}, in any order, and where the body starts. */
    private static Extras extras(String[] lines, int from) {
        Optional<String> author = Optional.empty();
        Optional<String> url = Optional.empty();
        Optional<String> badUrl = Optional.empty();
        int urlLine = -1;
        int line = nextNonBlank(lines, from);
        for (; line < lines.length; line = nextNonBlank(lines, line + 1)) {
            String key = lines[line].strip().toLowerCase(Locale.ROOT);
            if (key.startsWith(AUTHOR)) {
                author = TextLib.nonBlank(unbold(valueOf(lines[line])));
            } else if (key.startsWith(ORIGINAL)) {
                urlLine = line;
                try {
                    url = urlOf(valueOf(lines[line])).map(IriLib::toIri);
                } catch (IllegalArgumentException e) {
                    badUrl = Optional.of(e.getMessage());
                }
            } else {
                break;
            }
        }
        return new Extras(author, url, badUrl, urlLine, line);
    }

    /** Index of the {@code Published at:} line that follows the title line, or -1 when the header is not there. */
    private static int publishedLine(String[] lines) {
        int title = nextNonBlank(lines, 0);
        if (title >= lines.length || !(lines[title].strip() + " ").startsWith(TITLE)) {
            return -1;
        }
        int published = nextNonBlank(lines, title + 1);
        if (published >= lines.length || !lines[published].strip().toLowerCase(Locale.ROOT).startsWith(PUBLISHED)) {
            return -1;
        }
        return published;
    }

    private static int nextNonBlank(String[] lines, int from) {
        int i = from;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private static String valueOf(String headerLine) {
        return headerLine.substring(headerLine.indexOf(':') + 1).strip();
    }

    private static String unbold(String value) {
        return value.replaceAll("^\\*+|\\*+$", "").strip();
    }

    private static Optional<String> urlOf(String value) {
        Matcher link = LINK.matcher(value);
        if (link.matches()) {
            return TextLib.nonBlank(link.group(2));
        }
        String bare = value.replaceAll("^<|>$", "");
        return bare.contains(" ") ? Optional.empty() : TextLib.nonBlank(bare);
    }

    private record Extras(Optional<String> author, Optional<String> url, Optional<String> badUrl, int urlLine,
                          int bodyStart) {
    }
}
