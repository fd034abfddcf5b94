package org.newskg.article;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads the articles of one file format.
 *
 * <p>A reader never throws for bad input: each article it can read goes to {@code articles}, each thing that stops an
 * article (or the whole file) from being read goes to {@code problems} as one {@link ArticleProblem}, and reading goes
 * on where that makes sense (the next line of a JSON Lines file). Files are decoded strictly as UTF-8; a byte order
 * mark is dropped and CRLF line ends are read as LF. Multi-article formats are streamed: a reader never holds the
 * whole file in memory.
 *
 * <p>Implementations are stateless and thread-safe; get them from {@link ArticleReaders}.
 *
 * <pre>{@code
 * ArticleReaders.forFormat(ArticleFormat.JSON_LINES)
 *         .read(Path.of("feed.jsonl"), ReadOptions.defaults(), store::add, reporter::report);
 * }</pre>
 */
public interface ArticleReader {

    /** The format this reader reads. */
    ArticleFormat format();

    /**
     * Reads {@code file}, naming its articles after the file's name.
     *
     * @param file     the file, as the user named it; its string form is the {@code source} of problems
     * @param options  the user's settings, e.g. the fallback publication time
     * @param articles receives each article, in file order
     * @param problems receives each problem, in file order
     */
    default void read(Path file, ReadOptions options, Consumer<Article> articles,
                      Consumer<ArticleProblem> problems) {
        read(file, ArticleFiles.sourceName(file, file), options, articles, problems);
    }

    /**
     * Reads {@code file}.
     *
     * @param file       the file, as the user named it; its string form is the {@code source} of problems
     * @param sourceName what the articles' {@link Article#source()} names the file by, a name that does not expose
     *                   the machine ({@link ArticleFiles#sourceName(Path, Path)}); a record of a multi-article file
     *                   is {@code sourceName:line}
     * @param options    the user's settings, e.g. the fallback publication time
     * @param articles   receives each article, in file order
     * @param problems   receives each problem, in file order
     */
    void read(Path file, String sourceName, ReadOptions options, Consumer<Article> articles,
              Consumer<ArticleProblem> problems);
}
