package org.newskg.article.reader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.newskg.article.Article;
import org.newskg.article.ArticleFormat;
import org.newskg.article.ArticleProblem;
import org.newskg.article.ArticleReader;
import org.newskg.article.ReadOptions;
import org.newskg.article.WarcInput;

/**
 * Reads the HTML pages of a WARC web archive ({@code .warc}, {@code .warc.gz}) as articles, with
 * {@link WarcArticles}: one record at a time, so a file of any size needs the memory of its largest page. A bad record
 * is one problem at its byte offset and the next record is read. A file without any article is a problem too,
 * naming what its records were. {@link ReadOptions#published()} is not used: every record has its capture date.
 * Stateless and thread-safe.
 */
public final class WarcArticleReader implements ArticleReader {

    @Override
    public ArticleFormat format() {
        return ArticleFormat.WARC;
    }

    @Override
    public void read(Path file, String sourceName, ReadOptions options, Consumer<Article> articles,
                     Consumer<ArticleProblem> problems) {
        int found = 0;
        int bad = 0;
        try (WarcInput.Records records = WarcInput.read(file.toString(), sourceName, offset -> open(file, offset))) {
            while (records.hasNext()) {
                WarcInput.Item item = records.next();
                item.article().ifPresent(articles);
                item.problem().ifPresent(problems);
                found += item.article().isPresent() ? 1 : 0;
                bad += item.problem().isPresent() ? 1 : 0;
            }
            if (records.records() == 0 && bad == 0) {
                problems.accept(FileProblems.empty(file));
            } else if (found == 0 && bad == 0) {
                problems.accept(ArticleProblem.of(file.toString(), "no HTML page with HTTP status 200 among its "
                        + records.records() + " records (" + describe(records.skipped()) + ")",
                        "newskg reads the response records of web pages; check that the archive holds them."));
            }
        } catch (NoSuchFileException e) {
            problems.accept(FileProblems.noSuchFile(file));
        } catch (IOException e) {
            problems.accept(FileProblems.unreadable(file, e));
        }
    }

    /** The skipped records by reason: {@code 3 request record, 1 warcinfo record}. */
    static String describe(Map<String, Long> skipped) {
        return skipped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    private static InputStream open(Path file, long offset) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(offset);
        return Channels.newInputStream(channel);
    }
}
