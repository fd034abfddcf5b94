package org.newskg.live;

import java.nio.file.Path;
import java.util.Optional;
import org.newskg.article.ReadOptions;
import org.newskg.extract.FactExtractor;
import org.newskg.nlp.NlpEngine;
import org.newskg.rdf.FactMapper;
import org.newskg.rdf.IriMinter;
import org.newskg.store.Tdb2KnowledgeStore;
import org.newskg.sys.ArticleBudget;
import org.newskg.sys.ArticleStep;

/**
 * Live ingest for a served database, put together: the store opened beside the server in this JVM, the queue on disk
 * in {@value #QUEUE_FOLDER} of the database folder, the {@link LiveIngester} and, as the settings say, the
 * {@link FolderWatcher} and the {@link FeedPoller}. Articles get IRIs under the base the database was built with.
 * {@link #close()} stops the watcher and the ingester and closes the engine and the store; close it after the server.
 */
public final class LiveIngest implements AutoCloseable {
    public static final String QUEUE_FOLDER = "live-queue";

    private final Tdb2KnowledgeStore store;
    private final NlpEngine nlp;
    private final LiveIngester ingester;
    private final Optional<FolderWatcher> watcher;
    private final Optional<FeedPoller> feeds;

    private LiveIngest(Tdb2KnowledgeStore store, NlpEngine nlp, LiveIngester ingester,
                       Optional<FolderWatcher> watcher, Optional<FeedPoller> feeds) {
        this.store = store;
        this.nlp = nlp;
        this.ingester = ingester;
        this.watcher = watcher;
        this.feeds = feeds;
    }

    /**
     * Opens the store and the queue and starts ingesting what the queue and the folder hold.
     *
     * @param database       the served database folder
     * @param nlp            the engine, owned from now on; with a folder to watch its models load at once
     * @param extractor      the fact extractor
     * @param mapper         makes the RDF mapper for the database's IRIs
     * @param settings       the folder to watch and the feeds to poll
     */
    public static LiveIngest start(Path database, NlpEngine nlp, FactExtractor extractor,
                                   java.util.function.Function<IriMinter, FactMapper> mapper, LiveSettings settings) {
        Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openServed(database);
        try {
            IriMinter iris = new IriMinter(store.base().orElse(IriMinter.DEFAULT_BASE));
            ArticleStep step = ArticleStep.create().nlp(nlp).extractor(extractor).mapper(mapper.apply(iris), iris)
                    .build();
            LiveIngester ingester = new LiveIngester(step, store, LiveQueue.open(database.resolve(QUEUE_FOLDER)),
                    ArticleBudget.DEFAULT, ReadOptions.defaults()).start(settings.pulls());
            Optional<FolderWatcher> watcher = settings.watch().map(folder -> new FolderWatcher(folder,
                    settings.watchInterval(), ingester).start());
            Optional<FeedPoller> feeds = settings.feeds().isEmpty() ? Optional.empty()
                    : Optional.of(new FeedPoller(settings.feeds(), settings.feedInterval(),
                            new PoliteFetcher(settings.perHost(), settings.maxPageBytes()), ingester, store,
                            step::graphIriOfUrl).start());
            return new LiveIngest(store, nlp, ingester, watcher, feeds);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public LiveIngester ingester() {
        return ingester;
    }

    @Override
    public void close() {
        watcher.ifPresent(FolderWatcher::close);
        feeds.ifPresent(FeedPoller::close);
        ingester.close();
        nlp.close();
        store.close();
    }
}
