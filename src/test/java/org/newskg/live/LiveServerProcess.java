package org.newskg.live;

import java.nio.file.Path;
import java.time.Duration;
import org.newskg.article.Article;
import org.newskg.extract.news.NewsFactExtractor;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.NlpEngine;
import org.newskg.rdf.NkgFactMapper;

/**
 * A live ingester in a JVM of its own, for the test that kills it with {@code kill -9}: arguments are the database,
 * the watched folder, how many articles to post to its queue on disk at start, and how long each article's (fake)
 * NLP takes in milliseconds. Prints {@code QUEUED} once the posted articles are on disk, then runs until killed.
 */
public final class LiveServerProcess {
    private LiveServerProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path db = Path.of(args[0]);
        int queued = Integer.parseInt(args[2]);
        long delay = Long.parseLong(args[3]);
        NlpEngine fake = LiveTestLib.nlp();
        NlpEngine slow = new NlpEngine() {
            @Override
            public AnnotatedArticle annotate(Article article) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return fake.annotate(article);
            }

            @Override
            public long loadMillis() {
                return 0;
            }
        };
        LiveIngest live = LiveIngest.start(db, slow, new NewsFactExtractor(), NkgFactMapper::new,
                LiveSettings.postsOnly().withWatch(Path.of(args[1]), Duration.ofMillis(100)));
        for (int i = 0; i < queued; i++) {
            live.ingester().submit(String.format("posted-%03d.md", i), LiveTestLib.article(100 + i)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        System.out.println("QUEUED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
