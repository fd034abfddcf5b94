package org.newskg.cli;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.newskg.article.ArticleFiles;
import org.newskg.article.ArticleSource;
import org.newskg.article.ReadOptions;
import org.newskg.extract.FactExtractor;
import org.newskg.nlp.NlpEngine;
import org.newskg.push.GraphPusher;
import org.newskg.push.PushException;
import org.newskg.push.PushSummary;
import org.newskg.rdf.IriMinter;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.ServerRecord;
import org.newskg.store.Tdb2KnowledgeStore;
import org.newskg.sys.ArticleBudget;
import org.newskg.sys.IngestPipeline;
import org.newskg.sys.IngestSummary;
import org.newskg.sys.Models;
import org.newskg.sys.NewsKg;
import org.newskg.sys.ProblemReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newskg ingest}: reads articles into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles, extracts their entities and facts, and stores each article as one named "
                + "graph. Re-ingesting an article replaces it.", "",
            "Reads the news format of data/articles (# title, Published at, Author, Original), other plain text "
                + "(first line is the title), HTML pages and JSON Lines (title, published, url, text). "
                + "Folders are walked.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all articles ingested", "2:nothing could be ingested, or bad options",
            "3:finished, but some files or records were skipped, or stored without the facts of an extractor that "
                + "failed on them (see stderr)"})
final class IngestCommand implements Callable<Integer> {
    private final Models models;
    private final Supplier<FactExtractor> extractors;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files and folders.")
    private List<Path> inputs;

    @Option(names = "--published", paramLabel = "DATE-TIME", converter = DateTimeConverter.class,
            description = "Publication time for articles that do not state one, e.g. 2019-11-07 or "
                    + "2019-11-07T01:42:27Z. Relative dates (\"on Monday\") are read against it; without it "
                    + "they stay unresolved.")
    private OffsetDateTime published;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for NLP (default: one per core).")
    private Integer threads;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base IRI under which entity and article IRIs are minted (default: ${DEFAULT-VALUE}).")
    private String base;

    @Option(names = "--nlp-cache", paramLabel = "DIR",
            description = {"Keep each article's NLP output in DIR and reuse it when the same article is ingested "
                + "again (after an upgrade of newskg's extraction rules, say), skipping the models. Entries are keyed "
                + "by the article's text and the NLP settings."})
    private Path nlpCache;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "After ingesting, push the articles of this run to a running SPARQL server's Graph Store "
                    + "(as 'newskg push' does), e.g. http://localhost:3030/ds.")
    private String endpoint;

    @Option(names = "--resume",
            description = "Leave alone the articles the database already holds with the same content (title and "
                    + "text), so that a run that was stopped goes on where it stopped. A changed article is "
                    + "ingested again and replaced.")
    private boolean resume;

    @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "" + ArticleBudget.DEFAULT_MAX_CHARS,
            description = "Skip an article whose text is longer than N characters (default: ${DEFAULT-VALUE}).")
    private int maxArticleChars;

    @Option(names = "--max-sentence-chars", paramLabel = "N",
            defaultValue = "" + ArticleBudget.DEFAULT_MAX_SENTENCE_CHARS,
            description = "Skip an article with a stretch of more than N characters without a sentence break "
                    + "(. ! ? or a blank line), which the NLP would take very long over (default: ${DEFAULT-VALUE}).")
    private int maxSentenceChars;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Stop analyzing an article after this many seconds (not counting the loading of the "
                    + "models) and skip it (default: ${DEFAULT-VALUE}).")
    private long articleTimeout;

    @Mixin
    private CredentialOptions credentials;

    IngestCommand(Models models) {
        this(models, NewsKg::extractor);
    }

    /** An ingest command that extracts with what {@code extractors} gives instead of every extractor newskg has. */
    IngestCommand(Models models, Supplier<FactExtractor> extractors) {
        this.models = models;
        this.extractors = extractors;
    }

    @Override
    public Integer call() {
        if (threads == null) {
            threads = Runtime.getRuntime().availableProcessors();
        }
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1 but was " + threads);
        }
        Optional<ServerRecord> server = ServerRecord.other(common.db);
        if (server.isPresent() && endpoint == null) {
            return new ServerIngest(server.get(), common.db, credentials.credentials(),
                    new ProblemReporter(spec.commandLine().getErr(), common.verbose))
                    .run(inputs, spec.commandLine().getOut());
        }
        ArticleBudget budget = budget();
        ReadOptions options = published == null ? ReadOptions.defaults() : ReadOptions.defaults()
                .withPublished(published);
        Optional<GraphPusher> pusher = pusher();
        IngestSummary summary;
        IriMinter iris = new IriMinter(base);
        try (StoreOnFirstWrite store = new StoreOnFirstWrite(common.db, iris.base())) {
            summary = ingest(store, inputs, options, new Run(models, threads, iris, nlpCache, resume),
                    new ProblemReporter(spec.commandLine().getErr(), common.verbose), extractors.get(), budget);
            spec.commandLine().getOut().println("Ingested " + summary.line() + " into " + common.db + ".");
            if (pusher.isPresent() && !store.written.isEmpty()) {
                push(pusher.get(), store);
            }
        }
        return exitCode(summary);
    }

    private ArticleBudget budget() {
        if (maxArticleChars < 1 || maxSentenceChars < 1 || articleTimeout < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-article-chars, "
                    + "--max-sentence-chars and --article-timeout must be at least 1 but were " + maxArticleChars
                    + ", " + maxSentenceChars + " and " + articleTimeout + ".");
        }
        return new ArticleBudget(maxArticleChars, maxSentenceChars, java.time.Duration.ofSeconds(articleTimeout));
    }

    private Optional<GraphPusher> pusher() {
        if (endpoint == null) {
            if (credentials.given()) {
                throw new UserInputException("--user and --password-file are only for --endpoint. Add --endpoint "
                        + "URL to push the articles, or leave them out.");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(GraphPusher.create().endpoint(endpoint).credentials(credentials.credentials()).build());
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--endpoint: expected an http(s) "
                    + "URL such as http://localhost:3030/ds but was '" + endpoint + "'.");
        }
    }

    private void push(GraphPusher pusher, StoreOnFirstWrite store) {
        List<Node> graphs = store.written.stream().map(NodeFactory::createURI).toList();
        PushSummary pushed;
        try (ProgressDisplay progress = ProgressDisplay.start("Pushing", graphs.size())) {
            pushed = pusher.push(store, graphs, progress);
        } catch (PushException e) {
            throw new PushException(e.getMessage() + " The articles are stored in " + common.db
                    + "; send them later with 'newskg push'.", e);
        }
        spec.commandLine().getOut().println(PushCommand.summaryLine(pushed, pusher.endpoint()));
    }

    /** Loads the NLP models and ingests the inputs into the store, with a progress bar on a terminal. */
    static IngestSummary ingest(KnowledgeStore store, List<Path> inputs, ReadOptions options, Run run,
                                ProblemReporter problems) {
        return ingest(store, inputs, options, run, problems, NewsKg.extractor(), ArticleBudget.DEFAULT);
    }

    private static IngestSummary ingest(KnowledgeStore store, List<Path> inputs, ReadOptions options, Run run,
                                        ProblemReporter problems, FactExtractor extractor, ArticleBudget budget) {
        List<Path> files = ArticleFiles.expand(inputs, problem -> { });
        IriMinter iris = run.iris();
        try (NlpEngine nlp = run.loadNlp();
             ProgressDisplay progress = ProgressDisplay.start("Ingesting", ArticleFiles.estimateArticles(files))) {
            IngestPipeline pipeline = IngestPipeline.create().nlp(nlp).extractor(extractor)
                    .mapper(NewsKg.mapper(iris), iris).store(store).threads(run.threads()).problems(problems)
                    .progress(progress).resume(run.resume()).budget(budget).build();
            int[] readProblems = {0};
            IngestSummary summary = pipeline.run(sink -> ArticleSource.files().read(inputs, options, sink,
                    problem -> {
                        readProblems[0]++;
                        problems.error(problem.message());
                        progress.articleSkipped(problem.source());
                    }));
            return withSkipped(summary, readProblems[0]);
        }
    }

    private static IngestSummary withSkipped(IngestSummary summary, int readProblems) {
        return new IngestSummary(summary.articles(), summary.skipped() + readProblems, summary.triples(),
                summary.elapsed(), summary.nlpMillis(), summary.extractMillis(), summary.storeMillis(),
                summary.unchanged(), summary.incomplete());
    }

    /**
     * How one run ingests: the models, worker threads, IRIs, the NLP cache folder (or null) and whether it resumes.
     */
    record Run(Models models, int threads, IriMinter iris, Path nlpCache, boolean resume) {
        NlpEngine loadNlp() {
            return nlpCache == null ? models.loadNlp() : models.loadNlp(nlpCache);
        }
    }

    static int exitCode(IngestSummary summary) {
        if (summary.skipped() == 0) {
            return summary.incomplete() == 0 ? ExitCodes.OK : ExitCodes.SKIPPED;
        }
        return summary.articles() == 0 ? ExitCodes.INVALID_INPUT : ExitCodes.SKIPPED;
    }

    /**
     * The database at a directory, created only when the first article is stored, so that a run over bad input
     * leaves no empty database behind. Whether it can be created, or is held by another process, is checked at
     * once, and an existing database is opened at once, so a locked one fails before the models load, and so does
     * one built with another base IRI.
     */
    private static final class StoreOnFirstWrite implements KnowledgeStore {
        private final Path directory;
        private final String base;
        private Tdb2KnowledgeStore store;
        /** The graphs this run wrote, in order, for {@code --endpoint}. */
        final Set<String> written = new ConcurrentSkipListSet<>();

        StoreOnFirstWrite(Path directory, String base) {
            Tdb2KnowledgeStore.checkUsable(directory);
            this.directory = directory;
            this.base = base;
            if (Tdb2KnowledgeStore.isDatabase(directory)) {
                store = Tdb2KnowledgeStore.open(directory);
                try {
                    store.claimBase(base);
                } catch (RuntimeException e) {
                    store.close();
                    throw e;
                }
            }
        }

        private synchronized Tdb2KnowledgeStore store() {
            if (store == null) {
                store = Tdb2KnowledgeStore.open(directory);
                store.claimBase(base);
            }
            return store;
        }

        @Override
        public long replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
            long triples = store().replaceGraph(graphIri, writer);
            written.add(graphIri);
            return triples;
        }

        @Override
        public <T> T read(Function<Dataset, T> reader) {
            return store().read(reader);
        }

        @Override
        public synchronized Optional<String> contentHash(String graphIri) {
            return store == null ? Optional.empty() : store.contentHash(graphIri);
        }

        @Override
        public long quadCount() {
            return store().quadCount();
        }

        @Override
        public long graphCount() {
            return store().graphCount();
        }

        @Override
        public synchronized void close() {
            if (store != null) {
                store.close();
            }
        }
    }
}
