package org.newskg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.article.ArticleReaders;
import org.newskg.article.ReadOptions;
import org.newskg.article.reader.WgetCapture;

/**
 * The Spark job's WARC input on {@code local[2]} with the fake NLP engine (no models): the pages of a WARC that wget
 * recorded become articles beside the records of a JSON Lines file in the same job, and a record whose gzip data is
 * broken is one failure at its offset while the records after it are read (the reader seeks on Hadoop's file
 * system past it).
 */
@Tag("spark")
class SparkWarcIT {
    private static final String FIRST = "http://news.example/harbor/1";
    private static final String SECOND = "http://news.example/harbor/2";
    private static final String THIRD = "http://news.example/harbor/3";

    @TempDir
    static Path temp;
    static LocalSpark local;
    static SparkSession spark;
    static Path warc;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(WgetCapture.wgetAvailable(), "wget is not installed (Debian package wget)");
        WgetCapture capture = WgetCapture.create();
        for (String url : List.of(FIRST, SECOND, THIRD)) {
            capture.page(url, 200, "text/html", "<html><head><title>Harbor news " + url.charAt(url.length() - 1)
                    + "</title></head><body><article><p>Tom Baker spoke at the harbor about " + url
                    + ".</p></article></body></html>");
        }
        warc = capture.record(Files.createDirectories(temp.resolve("crawl")), "harbor", true);
        local = LocalSpark.start("newskg-warc-it");
        spark = local.session();
    }

    @AfterAll
    static void stop() {
        if (local != null) {
            local.close();
        }
    }

    @Test
    void theWarcsPagesAndTheJsonRecordsOfOneJobBecomeArticles() throws Exception {
        Path jsonl = Files.writeString(temp.resolve("feed.jsonl"), "{\"title\": \"Bridge reopens\", "
                + "\"url\": \"https://news.example/bridge\", \"text\": \"Tom Baker opened the bridge.\"}\n");

        JobSummary summary = local.run(new JobSettings(List.of(jsonl.toString(),
                warc.getParent().toString() + "/*.warc.gz"), Optional.empty(), temp.resolve("out-mixed").toString(),
                "https://kg.example.org/", Optional.of(2), Optional.empty()));

        assertThat(summary.articles()).isEqualTo(4);
        assertThat(summary.failures()).isEmpty();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a reader that did not seek past the record would never end
    void aBrokenRecordIsOneFailureAtItsOffsetAndTheRecordsAfterItAreRead() throws Exception {
        List<Article> articles = new ArrayList<>();
        ArticleReaders.read(warc, ReadOptions.defaults(), articles::add, problem -> { });
        String second = articles.get(1).source();
        int offset = Integer.parseInt(second.substring(second.lastIndexOf('@') + 1));
        byte[] bytes = Files.readAllBytes(warc);
        bytes[offset + 30] ^= 0x55;
        bytes[offset + 31] ^= 0x55;
        Path broken = Files.write(Files.createDirectories(temp.resolve("broken")).resolve("harbor.warc.gz"), bytes);

        JobSummary summary = local.run(new JobSettings(List.of(broken.getParent().toString()),
                Optional.of(JobSettings.InputFormat.WARC), temp.resolve("out-broken").toString(),
                "https://kg.example.org/", Optional.empty(), Optional.empty()));

        assertThat(summary.articles()).isEqualTo(2);
        assertThat(summary.failures()).singleElement().satisfies(failure -> assertThat(failure.reason())
                .contains("harbor.warc.gz [offset " + offset + "]: "));
    }
}
