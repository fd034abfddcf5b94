package org.newskg.sys;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.newskg.article.Article;
import org.newskg.extract.FactExtractor;
import org.newskg.extract.Facts;
import org.newskg.nlp.NlpEngine;
import org.newskg.rdf.FactMapper;
import org.newskg.rdf.IriMinter;
import org.newskg.store.KnowledgeStore;

/**
 * Article → NLP → extraction → RDF → store. NLP and extraction run on {@code threads} workers sharing one engine;
 * each article is then mapped to RDF and written in its own transaction by the calling thread, so a failing article
 * leaves nothing. An article that fails in NLP, extraction or mapping is reported to the {@link ProblemReporter},
 * counted as skipped, and the run goes on; a failing store ends the run. An article on which one extractor failed
 * ({@link Facts#problems()}) is stored with the other extractors' facts, and each failure is reported as an error
 * naming the article, the extractor and the sentence; such an article is counted as incomplete.
 *
 * <p>Articles are pulled from the source as workers free up, so a large corpus is never held in memory: at most
 * {@code 3 * threads} articles are read and not yet stored. With {@link Builder#resume(boolean)}, an article the store
 * already holds with the same content hash is counted as unchanged and not analyzed again, so a run that was stopped
 * can be restarted where it stopped; an article whose content changed is analyzed and replaced.
 * Not thread-safe: one run at a time.
 */
public final class IngestPipeline {
    private final ArticleStep step;
    private final NlpEngine nlp;
    private final KnowledgeStore store;
    private final int threads;
    private final ProblemReporter problems;
    private final ProgressListener progress;
    private final boolean resume;
    private final ArticleBudget budget;

    private IngestPipeline(Builder builder) {
        this.step = builder.step();
        this.nlp = step.nlp();
        this.store = builder.store;
        this.threads = builder.threads;
        this.problems = builder.problems;
        this.progress = builder.progress;
        this.resume = builder.resume;
        this.budget = builder.budget;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Ingests every article the source hands to the consumer it is given. */
    public IngestSummary run(Consumer<Consumer<Article>> source) {
        Instant start = Instant.now();
        Totals totals = new Totals();
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads());
        Deque<Pending> inFlight = new ArrayDeque<>();
        try {
            source.accept(article -> {
                if (resume && unchanged(article)) {
                    totals.unchanged++;
                    progress.articleDone(article.source());
                    return;
                }
                Optional<String> excess = budget.excess(article);
                if (excess.isPresent()) {
                    problems.error(article.source() + ": " + excess.get() + ".");
                    totals.skipped++;
                    progress.articleSkipped(article.source());
                    return;
                }
                Clock clock = new Clock();
                inFlight.addLast(new Pending(article, workers.submit(() -> analyze(article, clock)), clock));
                while (inFlight.size() > threads * 2) {
                    store(inFlight.removeFirst(), totals);
                }
            });
            while (!inFlight.isEmpty()) {
                store(inFlight.removeFirst(), totals);
            }
        } finally {
            workers.shutdownNow();
        }
        return new IngestSummary(totals.articles, totals.skipped, totals.triples,
                Duration.between(start, Instant.now()), totals.nlpMillis, totals.extractMillis, totals.storeMillis,
                totals.unchanged, totals.incomplete);
    }

    /** Whether the store holds this article's graph, made from the same content. */
    private boolean unchanged(Article article) {
        return store.contentHash(step.graphIri(article)).filter(article.contentHash()::equals)
                .isPresent();
    }

    private Facts analyze(Article article, Clock clock) {
        clock.start(nlp.isLoaded());
        return step.analyze(article);
    }

    /**
     * The article's facts, once its analysis ends; a {@link TimeoutException} when it ran longer than the budget
     * (the time the models took to load, when the article waited for them, does not count).
     */
    private Facts await(Pending pending) throws ExecutionException, InterruptedException, TimeoutException {
        long budgetNanos = budget.timeout().toNanos();
        while (true) {
            long started = pending.clock.started.get();
            OptionalLong allowance = pending.clock.allowance(nlp, budgetNanos);
            long wait = started == 0 || allowance.isEmpty() ? budgetNanos
                    : started + allowance.getAsLong() - System.nanoTime();
            try {
                return pending.facts.get(Math.max(wait, 1), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                OptionalLong now = pending.clock.allowance(nlp, budgetNanos);
                long begun = pending.clock.started.get();
                if (begun != 0 && now.isPresent() && System.nanoTime() - begun >= now.getAsLong()) {
                    throw e;
                }
            }
        }
    }

    private void store(Pending pending, Totals totals) {
        Facts facts;
        try {
            facts = await(pending);
        } catch (TimeoutException e) {
            pending.facts.cancel(true);
            problems.error(pending.article.source() + ": the analysis took longer than --article-timeout "
                    + budget.timeout().toSeconds() + " s and was stopped. The article was skipped; raise "
                    + "--article-timeout or split the article to ingest it.");
            totals.skipped++;
            progress.articleSkipped(pending.article.source());
            return;
        } catch (ExecutionException e) {
            skip(pending, "could not analyze the article", e.getCause() == null ? e : e.getCause(), totals);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsKgException("interrupted", e);
        }
        long storeStart = System.nanoTime();
        ArticleStep.Graph graph;
        try {
            graph = step.map(facts, Instant.now());
        } catch (RuntimeException e) {
            skip(pending, "could not map the article to RDF", e, totals);
            return;
        }
        long triples = store.replaceGraph(graph.iri(), sink -> graph.quads().forEach(sink::quad));
        totals.storeMillis += (System.nanoTime() - storeStart) / 1_000_000;
        totals.nlpMillis += facts.nlpMillis();
        totals.extractMillis += facts.extractMillis();
        totals.triples += triples;
        totals.articles++;
        if (!facts.problems().isEmpty()) {
            totals.incomplete++;
            facts.problems().forEach(problem -> problems.error(pending.article.source() + ": " + problem.describe()
                    + ". The article was stored without that extractor's facts; rerun with --verbose for details "
                    + "and report the stack trace.", problem.cause()));
        }
        progress.articleDone(pending.article.source());
    }

    /** A problem with one article: report it, count it and go on. */
    private void skip(Pending pending, String what, Throwable cause, Totals totals) {
        problems.error(ArticleStep.failure(pending.article.source(), what, cause), cause);
        totals.skipped++;
        progress.articleSkipped(pending.article.source());
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "newskg-nlp");
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Pending(Article article, Future<Facts> facts, Clock clock) {
    }

    /** When a worker began analyzing an article, and whether the models were loaded by then. */
    private static final class Clock {
        final AtomicLong started = new AtomicLong();
        volatile boolean modelsLoaded;

        void start(boolean loaded) {
            modelsLoaded = loaded;
            started.set(System.nanoTime());
        }

        /** The budget, plus the loading time if the article waited for the models; empty while they load. */
        OptionalLong allowance(NlpEngine nlp, long budgetNanos) {
            if (modelsLoaded) {
                return OptionalLong.of(budgetNanos);
            }
            return nlp.isLoaded() ? OptionalLong.of(budgetNanos + TimeUnit.MILLISECONDS.toNanos(nlp.loadMillis()))
                    : OptionalLong.empty();
        }
    }

    private static final class Totals {
        int articles;
        int skipped;
        long triples;
        long nlpMillis;
        long extractMillis;
        long storeMillis;
        int unchanged;
        int incomplete;
    }

    /**
     * Builds an {@link IngestPipeline}; the step (or its nlp, extractor and mapper), the store and problems are
     * required.
     */
    public static final class Builder {
        private ArticleStep step;
        private NlpEngine nlp;
        private FactExtractor extractor;
        private FactMapper mapper;
        private IriMinter iris;
        private KnowledgeStore store;
        private int threads = 1;
        private ProblemReporter problems;
        private ProgressListener progress = ProgressListener.NONE;
        private boolean resume;
        private ArticleBudget budget = ArticleBudget.DEFAULT;

        /** The per-article step; instead of {@link #nlp}, {@link #extractor} and {@link #mapper}. */
        public Builder step(ArticleStep step) {
            this.step = Objects.requireNonNull(step);
            return this;
        }

        private ArticleStep step() {
            return step != null ? step
                    : ArticleStep.create().nlp(nlp).extractor(extractor).mapper(mapper, iris).build();
        }

        public Builder nlp(NlpEngine nlp) {
            this.nlp = nlp;
            return this;
        }

        public Builder extractor(FactExtractor extractor) {
            this.extractor = extractor;
            return this;
        }

        public Builder mapper(FactMapper mapper, IriMinter iris) {
            this.mapper = mapper;
            this.iris = iris;
            return this;
        }

        public Builder store(KnowledgeStore store) {
            this.store = store;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder problems(ProblemReporter problems) {
            this.problems = problems;
            return this;
        }

        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress);
            return this;
        }

        /** Whether to leave alone the articles the store already holds with the same content hash. */
        public Builder resume(boolean resume) {
            this.resume = resume;
            return this;
        }

        /** How long and how slow an article may be before it is skipped (default {@link ArticleBudget#DEFAULT}). */
        public Builder budget(ArticleBudget budget) {
            this.budget = Objects.requireNonNull(budget);
            return this;
        }

        public IngestPipeline build() {
            if (step == null) {
                require(nlp, "nlp");
                require(extractor, "extractor");
                require(mapper, "mapper");
            }
            require(store, "store");
            require(problems, "problems");
            if (threads < 1) {
                throw new IllegalStateException("threads must be at least 1 but was " + threads);
            }
            return new IngestPipeline(this);
        }

        private static void require(Object part, String name) {
            if (part == null) {
                throw new IllegalStateException("IngestPipeline needs " + name);
            }
        }
    }
}
