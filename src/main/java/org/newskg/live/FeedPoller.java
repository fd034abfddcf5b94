package org.newskg.live;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.newskg.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls RSS and Atom feeds (read with Rome) and hands each new item's page to the {@link LiveIngester}, which reads it
 * with the HTML reader. An item is skipped without fetching its page when the store holds the article its link names
 * (identity), and its page is not read again when the server answers 304 (conditional GET); a page that is fetched
 * all the same is stored only when the store does not hold the same content already (content hash). Pages are
 * fetched by a {@link PoliteFetcher}. A feed or page that fails is logged and tried again at the next poll.
 * Thread-safe.
 */
public final class FeedPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

    private final List<URI> feeds;
    private final Duration interval;
    private final PoliteFetcher fetcher;
    private final LiveIngester ingester;
    private final KnowledgeStore store;
    private final java.util.function.Function<String, String> graphOfUrl;
    /** Pages handed to the ingester and not yet stored, which later polls leave alone. */
    private final java.util.Set<URI> pending = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "newskg-feeds");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param graphOfUrl the graph IRI of the article at a URL, as the article IRIs are minted
     */
    public FeedPoller(List<URI> feeds, Duration interval, PoliteFetcher fetcher, LiveIngester ingester,
                      KnowledgeStore store, java.util.function.Function<String, String> graphOfUrl) {
        this.feeds = List.copyOf(feeds);
        this.interval = interval;
        this.fetcher = fetcher;
        this.ingester = ingester;
        this.store = store;
        this.graphOfUrl = graphOfUrl;
    }

    public FeedPoller start() {
        poller.scheduleWithFixedDelay(this::pollAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void pollAll() {
        for (URI feed : feeds) {
            try {
                poll(feed);
            } catch (IOException | FeedException | RuntimeException e) {
                LOG.warn("{}: cannot read the feed: {}. Trying again at the next poll.", feed, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void poll(URI feed) throws IOException, FeedException, InterruptedException {
        Optional<PoliteFetcher.Fetched> fetched = fetcher.fetch(feed);
        if (fetched.isEmpty()) {
            return;
        }
        SyndFeed parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(fetched.get().body())));
        for (SyndEntry entry : parsed.getEntries()) {
            Optional<URI> link = link(fetched.get().uri(), entry);
            if (link.isEmpty() || pending.contains(link.get())
                    || store.contentHash(graphOfUrl.apply(link.get().toString())).isPresent()) {
                continue;
            }
            try {
                Optional<PoliteFetcher.Fetched> page = fetcher.fetch(link.get());
                if (page.isPresent()) {
                    pending.add(link.get());
                    ingester.submitIfNew(name(link.get()), page.get().body())
                            .whenComplete((outcomes, failure) -> pending.remove(link.get()));
                }
            } catch (IOException e) {
                LOG.warn("{}: cannot fetch the item's page: {}. Trying again at the next poll.", link.get(),
                        e.getMessage());
            }
        }
    }

    /** The item's page, resolved against the feed; empty for an item without an http(s) link. */
    private static Optional<URI> link(URI feed, SyndEntry entry) {
        String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
        if (link == null) {
            return Optional.empty();
        }
        try {
            URI resolved = feed.resolve(link.strip());
            String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? Optional.of(resolved) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A file name for the page in the queue: its host and path, ending in .html so the HTML reader reads it. */
    private static String name(URI page) {
        String path = page.getHost() + (page.getPath() == null ? "" : page.getPath());
        return path.replaceAll("\\.html?$", "") + ".html";
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
