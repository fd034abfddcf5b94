package org.newskg.live;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.newskg.article.Article;
import org.newskg.article.ArticleReaders;
import org.newskg.article.ReadOptions;
import org.newskg.store.KnowledgeStore;
import org.newskg.sys.ArticleBudget;
import org.newskg.sys.ArticleStep;

/**
 * Ingests articles into a store that is being served: the one writer of the server's JVM. Article files come from the
 * {@link LiveQueue} (posted or fetched articles, written to disk before they are accepted) and from a watched folder
 * ({@link FolderWatcher}); one worker thread takes them in turn, reads each file, and puts each article through the
 * {@link ArticleStep} and into the store in its own write transaction, so a query sees an article completely or not
 * at all. Re-ingesting an article replaces its graph, so a file taken again after a crash leaves the store as one
 * ingest would.
 *
 * <p>The NLP models load on the worker thread when the ingester starts, if asked to (a watched folder or feed), else
 * with the first article; the server answers queries meanwhile, and articles wait for them. Thread-safe;
 * {@link #close()} stops the worker after the article it is on.
 */
public final class LiveIngester implements AutoCloseable {
    private final ArticleStep step;
    private final KnowledgeStore store;
    private final LiveQueue queue;
    private final ArticleBudget budget;
    private final ReadOptions options;
    private final LiveStatus status = new LiveStatus();
    private final LinkedBlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    private final Thread worker;
    private volatile boolean closed;
    private volatile boolean loadModelsNow;

    /** One article file to ingest, and what to do with it afterwards. */
    record Job(Path file, String name, boolean skipUnchanged, Consumer<List<ArticleOutcome>> finish,
               CompletableFuture<List<ArticleOutcome>> done) {
    }

    /**
     * @param step    the per-article step, with the NLP engine it loads on start
     * @param store   the served store; not closed by this ingester
     * @param queue   the queue on disk; what it holds already is ingested first
     * @param budget  how long an article may be
     * @param options how articles are read
     */
    public LiveIngester(ArticleStep step, KnowledgeStore store, LiveQueue queue, ArticleBudget budget,
                        ReadOptions options) {
        this.step = Objects.requireNonNull(step);
        this.store = Objects.requireNonNull(store);
        this.queue = Objects.requireNonNull(queue);
        this.budget = Objects.requireNonNull(budget);
        this.options = Objects.requireNonNull(options);
        this.worker = new Thread(this::work, "newskg-live-ingest");
        this.worker.setDaemon(true);
    }

    /**
     * Starts taking articles, beginning with those the queue on disk still holds.
     *
     * @param loadModelsNow load the NLP models now rather than with the first article
     */
    public LiveIngester start(boolean loadModelsNow) {
        this.loadModelsNow = loadModelsNow;
        queue.pending().forEach(this::enqueueEntry);
        worker.start();
        return this;
    }

    /**
     * Accepts an article file: once this returns it is on disk and will be ingested, also after a crash.
     *
     * @param name a file name whose extension gives the format
     * @return what became of each of its articles, once ingested
     */
    public CompletableFuture<List<ArticleOutcome>> submit(String name, byte[] body) {
        return enqueueEntry(queue.add(name, body));
    }

    /**
     * Accepts a fetched page as {@link #submit} does, but leaves alone an article the store already holds with the
     * same content (outcome {@code unchanged}); for feeds, which list the same items poll after poll.
     */
    CompletableFuture<List<ArticleOutcome>> submitIfNew(String name, byte[] body) {
        return enqueueEntry(queue.add(LiveQueue.IF_NEW + name, body));
    }

    private CompletableFuture<List<ArticleOutcome>> enqueueEntry(Path entry) {
        String name = LiveQueue.nameOf(entry);
        boolean ifNew = name.startsWith(LiveQueue.IF_NEW);
        return enqueue(entry, ifNew ? name.substring(LiveQueue.IF_NEW.length()) : name, ifNew,
                outcomes -> queue.remove(entry));
    }

    /** Ingests a file that stays where it is until {@code finish} moves it; for the watched folder. */
    CompletableFuture<List<ArticleOutcome>> enqueue(Path file, String name, boolean skipUnchanged,
                                                    Consumer<List<ArticleOutcome>> finish) {
        Job job = new Job(file, name, skipUnchanged, finish, new CompletableFuture<>());
        jobs.add(job);
        return job.done;
    }

    /** Article files waiting or being ingested. */
    public int queued() {
        return jobs.size() + (busy ? 1 : 0);
    }

    private volatile boolean busy;

    public LiveStatus.Snapshot status() {
        Optional<Duration> load = step.nlp().isLoaded() ? Optional.of(Duration.ofMillis(step.nlp().loadMillis()))
                : Optional.empty();
        return status.snapshot(queued(), load);
    }

    /** The store this ingester writes, for counts. */
    public KnowledgeStore store() {
        return store;
    }

    private void work() {
        if (loadModelsNow) {
            warmUp();
        }
        while (!closed) {
            Job job;
            try {
                job = jobs.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (job == null) {
                continue;
            }
            busy = true;
            try {
                List<ArticleOutcome> outcomes = ingest(job);
                outcomes.forEach(status::record);
                job.finish.accept(outcomes);
                job.done.complete(outcomes);
            } catch (RuntimeException e) {
                job.done.completeExceptionally(e);
            } finally {
                busy = false;
            }
        }
    }

    /** Loads the models now rather than with the first article; a failure is the first article's to report. */
    private void warmUp() {
        try {
            step.nlp().annotate(Article.of("newskg warm-up", Optional.empty(), Optional.empty(), Optional.empty(),
                    "The models are loaded.", "warm-up"));
        } catch (RuntimeException e) {
            // Every article will fail with the same reason, which the status page then shows.
        }
    }

    private List<ArticleOutcome> ingest(Job job) {
        List<ArticleOutcome> outcomes = new ArrayList<>();
        ArticleReaders.read(job.file, job.name, options, article -> outcomes.add(ingest(article, job.skipUnchanged)),
                problem -> outcomes.add(ArticleOutcome.failed(problem.source(), Optional.empty(),
                        problem.message())));
        return outcomes;
    }

    private ArticleOutcome ingest(Article article, boolean skipUnchanged) {
        String iri = step.graphIri(article);
        if (skipUnchanged && store.contentHash(iri).filter(article.contentHash()::equals).isPresent()) {
            return ArticleOutcome.unchanged(article.source(), iri);
        }
        Optional<String> excess = budget.excess(article);
        if (excess.isPresent()) {
            return ArticleOutcome.failed(article.source(), Optional.of(iri), article.source() + ": " + excess.get()
                    + ".");
        }
        ArticleStep.Graph graph;
        try {
            graph = step.process(article, Instant.now());
        } catch (RuntimeException e) {
            return ArticleOutcome.failed(article.source(), Optional.of(iri),
                    ArticleStep.failure(article.source(), "could not analyze the article", e));
        }
        long triples = store.replaceGraph(graph.iri(), sink -> graph.quads().forEach(sink::quad));
        return ArticleOutcome.stored(article.source(), graph.iri(), triples,
                graph.facts().nlpMillis() + graph.facts().extractMillis());
    }

    @Override
    public void close() {
        closed = true;
        try {
            worker.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
