package org.newskg.article;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.newskg.article.reader.WarcArticles;

/**
 * WARC web archives read from any storage that can open a file at a byte offset, such as Hadoop's file systems for
 * the Spark job; files on disk are read by {@link ArticleReaders} like any other format. The records are those of
 * {@link org.newskg.article.reader.WarcArticleReader}, read as the caller pulls them.
 *
 * <pre>{@code
 * try (WarcInput.Records records = WarcInput.read("crawl.warc.gz", "crawl.warc.gz", offset -> open(offset))) {
 *     records.forEachRemaining(item -> item.article().ifPresent(store::add));
 * }
 * }</pre>
 */
public final class WarcInput {
    private WarcInput() {
    }

    /** Opens the file's bytes from a byte offset; each call opens a new stream, which the caller closes. */
    @FunctionalInterface
    public interface Opener {
        InputStream openAt(long offset) throws IOException;
    }

    /**
     * What one record gave: an article or a problem, never both.
     *
     * @param offset the record's byte offset in the file
     */
    public record Item(long offset, Optional<Article> article, Optional<ArticleProblem> problem) {
    }

    /** The items of one file, in file order; not thread-safe. Closing it early releases the open stream. */
    public interface Records extends Iterator<Item>, Closeable {
        /** How many records were read so far. */
        long records();

        /** The records skipped so far because they hold no article, by reason ({@code request record}, ...). */
        Map<String, Long> skipped();
    }

    /**
     * The articles and problems of one WARC file.
     *
     * @param location   the file as the user named it, for problems
     * @param sourceName the name its articles' {@code source} gives the file ({@code sourceName@offset})
     * @throws IOException when the file cannot be opened
     */
    public static Records read(String location, String sourceName, Opener opener) throws IOException {
        return new WarcArticles(location, sourceName, opener);
    }
}
