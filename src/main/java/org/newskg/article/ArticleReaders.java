package org.newskg.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.newskg.article.reader.FileProblems;
import org.newskg.article.reader.HtmlArticleReader;
import org.newskg.article.reader.JsonLinesArticleReader;
import org.newskg.article.reader.MarkdownArticleReader;
import org.newskg.article.reader.PlainTextArticleReader;
import org.newskg.article.reader.WarcArticleReader;

/**
 * The registry of {@link ArticleReader}s, one per {@link ArticleFormat}, and the choice of reader for a file.
 *
 * <p>The extension picks the format ({@code .html}/{@code .htm}: HTML; {@code .jsonl}/{@code .ndjson}: JSON Lines;
 * {@code .warc}/{@code .warc.gz}: WARC).
 * A {@code .txt} or {@code .md} file is Markdown news when its header says so (see
 * {@link MarkdownArticleReader#looksLikeMarkdownNews(Path)}), else plain text. Thread-safe.
 */
public final class ArticleReaders {
    private static final Map<ArticleFormat, ArticleReader> READERS = new EnumMap<>(ArticleFormat.class);

    static {
        List.of(new MarkdownArticleReader(), new PlainTextArticleReader(), new HtmlArticleReader(),
                new JsonLinesArticleReader(), new WarcArticleReader())
                .forEach(reader -> READERS.put(reader.format(), reader));
    }

    private ArticleReaders() {
    }

    /**
     * The reader for a format.
     *
     * @throws IllegalArgumentException when no reader is registered for it, naming the formats that have one
     */
    public static ArticleReader forFormat(ArticleFormat format) {
        ArticleReader reader = READERS.get(format);
        if (reader == null) {
            throw new IllegalArgumentException("no reader for format " + format + "; readers exist for "
                    + READERS.keySet());
        }
        return reader;
    }

    /**
     * The reader for a file, chosen by its extension and, for {@code .txt} and {@code .md}, its first lines.
     *
     * @return the reader, or empty when newskg does not read files with this extension
     */
    public static Optional<ArticleReader> forFile(Path file) {
        return formatOf(file).map(ArticleReaders::forFormat);
    }

    /**
     * The format of a file, as {@link #forFile(Path)} chooses it.
     *
     * @return the format, or empty when newskg does not read files with this extension
     */
    public static Optional<ArticleFormat> formatOf(Path file) {
        String extension = ArticleFormat.extensionOf(file).toLowerCase(Locale.ROOT);
        List<ArticleFormat> formats = Arrays.stream(ArticleFormat.values())
                .filter(f -> f.extensions().contains(extension)).toList();
        if (formats.contains(ArticleFormat.MARKDOWN_NEWS)) {
            return Optional.of(MarkdownArticleReader.looksLikeMarkdownNews(file) ? ArticleFormat.MARKDOWN_NEWS
                    : ArticleFormat.PLAIN_TEXT);
        }
        return formats.stream().findFirst();
    }

    /**
     * Reads one file with the reader {@link #forFile(Path)} picks. A missing file and an unknown extension are
     * problems too.
     */
    public static void read(Path file, ReadOptions options, Consumer<Article> articles,
                            Consumer<ArticleProblem> problems) {
        read(file, ArticleFiles.sourceName(file, file), options, articles, problems);
    }

    /** As {@link #read(Path, ReadOptions, Consumer, Consumer)}, naming the articles' source {@code sourceName}. */
    public static void read(Path file, String sourceName, ReadOptions options, Consumer<Article> articles,
                            Consumer<ArticleProblem> problems) {
        if (!Files.exists(file)) {
            problems.accept(FileProblems.noSuchFile(file));
            return;
        }
        forFile(file).ifPresentOrElse(reader -> reader.read(file, sourceName, options, articles, problems),
                () -> problems.accept(FileProblems.unknownFileType(file)));
    }
}
