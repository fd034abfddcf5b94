package org.newskg.serve;

import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.linkeddata.IriRewriter;
import org.newskg.live.LiveIngester;
import org.newskg.rdf.IriMinter;
import org.newskg.store.Tdb2KnowledgeStore;

/**
 * A SPARQL server (Fuseki) over a newskg TDB2 database, read-only unless updates are allowed with credentials.
 *
 * <p>The dataset is served at {@code /<datasetName>} (default {@code /newskg}) with SPARQL query at {@code sparql} and
 * {@code query}, and Graph Store Protocol read (GET/HEAD) at {@code get} and {@code data}. There is no update, upload
 * or GSP write endpoint: such requests get a 4xx response and never reach the data. Queries see the union of the
 * article graphs as their default graph, and every query is cancelled after the query timeout (default 30 s; a
 * client's {@code timeout} parameter may shorten it, never extend it). A query cancelled before its first result gets
 * an HTTP error (503); one cancelled while results stream has already sent 200 and has its response cut short.
 * Graph Store Protocol reads address stored graphs: {@code ?graph=<article>} for one article,
 * {@code ?graph=urn:x-arq:UnionGraph} for all of them; {@code ?default} is the stored default graph, which newskg
 * leaves empty.
 *
 * <p>The same server serves the store as linked data under a base ({@link Builder#base(String)}, default
 * {@code http://localhost:PORT/newskg/}): every resource's page and description by content negotiation, the
 * ontology, the VoID description at {@code /.well-known/void} and the dumps (see {@link LinkedDataServlet}).
 *
 * <p>With {@link Builder#allowUpdate(UpdateAccess)}, SPARQL Update at {@code update} and Graph Store Protocol
 * read-write at {@code data} are added; both need HTTP basic authentication as the {@link UpdateAccess} says (401
 * without it), and updates are cancelled after the same timeout as queries. Query endpoints and {@code get} stay open.
 *
 * <pre>{@code
 * try (SparqlServer server = SparqlServer.create().database(Path.of("newskg-db")).port(3030).build()) {
 *     server.start();
 *     System.out.println("SPARQL endpoint: " + server.endpointUrl());
 *     server.join();
 * }
 * }</pre>
 *
 * <p>The interactive graph viewer is at {@code /graph} and its data at {@code /graph.json} ({@link GraphViewServlet}).
 *
 * <p>A server starts at most once. Its methods are thread-safe; {@link #close()} may be called from any thread, any
 * number of times. Closing does not close the TDB2 database, which other code in the same JVM may share.
 */
public final class SparqlServer implements AutoCloseable {
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final String DEFAULT_DATASET_NAME = "newskg";

    private enum State { BUILT, STARTED, CLOSED }

    private final FusekiServer fuseki;
    private final LinkedDataService linkedData;
    private final int requestedPort;
    private final String datasetName;
    private final boolean updatable;
    private State state = State.BUILT;
    private int actualPort;

    private SparqlServer(FusekiServer fuseki, LinkedDataService linkedData, int requestedPort, String datasetName,
            boolean updatable) {
        this.fuseki = fuseki;
        this.linkedData = linkedData;
        this.updatable = updatable;
        this.requestedPort = requestedPort;
        this.datasetName = datasetName;
        this.actualPort = requestedPort;
    }

    /** A builder; also quietens the server's logging (see {@link ServeLogging}). */
    public static Builder create() {
        ServeLogging.quiet();
        return new Builder();
    }

    /**
     * Starts listening.
     *
     * @return this server
     * @throws ServeException if the port is in use or the server cannot start
     * @throws IllegalStateException if the server was already started or closed
     */
    public synchronized SparqlServer start() {
        if (state != State.BUILT) {
            throw new IllegalStateException("SparqlServer: start() on a server that is already "
                    + (state == State.STARTED ? "started" : "closed"));
        }
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            state = State.CLOSED;
            stopQuietly(e);
            throw startFailure(e);
        }
        actualPort = fuseki.getHttpPort();
        linkedData.start(actualPort, endpointUrl());
        state = State.STARTED;
        return this;
    }

    /**
     * The base the linked data is presented under, e.g. {@code http://localhost:3030/newskg/} (the default) or the
     * {@code --base}; a resource's IRI is this base with the path of its stored IRI below the stored base.
     *
     * @throws IllegalStateException if the server is not started
     */
    public String baseUrl() {
        return linkedData.baseUrl();
    }

    /** The VoID description's address, {@code /.well-known/void} at the base's host. */
    public String voidUrl() {
        return linkedData.voidUrl();
    }

    /** The IRI of one resource the store holds (a person if there is one), under {@link #baseUrl()}. */
    public Optional<String> exampleResource() {
        return linkedData.exampleResource();
    }

    /** Where this server answers for a public IRI: {@code http://localhost:PORT} with the IRI's path. */
    public String localUrl(String publicIri) {
        return LinkedDataService.local(publicIri, port());
    }

    /** The port: the one actually bound once started (also for port 0), the requested one before. */
    public synchronized int port() {
        return actualPort;
    }

    /** The dataset URL, for example {@code http://localhost:3030/newskg}. */
    public String datasetUrl() {
        return "http://localhost:" + port() + "/" + datasetName;
    }

    /** The SPARQL query endpoint, for example {@code http://localhost:3030/newskg/sparql}. */
    public String endpointUrl() {
        return datasetUrl() + "/sparql";
    }

    /** The interactive graph viewer, for example {@code http://localhost:3030/graph}. */
    public String viewerUrl() {
        return "http://localhost:" + port() + GraphViewServlet.PATH;
    }

    /** The SPARQL Update endpoint, for example {@code http://localhost:3030/newskg/update}, if updates are allowed. */
    public Optional<String> updateUrl() {
        return updatable ? Optional.of(datasetUrl() + "/" + NewsKgDataService.UPDATE_ENDPOINT) : Optional.empty();
    }

    /**
     * Serves until the server is closed or the JVM shuts down (Ctrl-C), whichever comes first; a shutdown hook closes
     * the server.
     *
     * @throws IllegalStateException if the server is not started
     */
    public void join() {
        synchronized (this) {
            if (state != State.STARTED) {
                throw new IllegalStateException("SparqlServer: join() on a server that is not started");
            }
        }
        Thread hook = new Thread(this::close, "newskg-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            fuseki.join();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or has run; nothing to undo.
            }
        }
    }

    /** Stops the server; idempotent. Requests in flight may be cut off. */
    @Override
    public synchronized void close() {
        if (state == State.STARTED) {
            fuseki.stop();
        }
        state = State.CLOSED;
    }

    private void stopQuietly(RuntimeException failure) {
        try {
            fuseki.stop();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private ServeException startFailure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException bind) {
                String reason = String.valueOf(bind.getMessage());
                if (reason.contains("in use")) {
                    return new ServeException("port " + requestedPort
                            + " is already in use. Stop the other server or choose another port with --port.", e);
                }
                return new ServeException("cannot listen on port " + requestedPort + ": " + reason
                        + ". Choose another port with --port.", e);
            }
        }
        return new ServeException("cannot start the SPARQL server on port " + requestedPort + ": " + e.getMessage(), e);
    }

    /**
     * Configures a {@link SparqlServer}. Only {@link #database(Path)} is required. Not thread-safe; {@link #build()}
     * may be called more than once, each time making an independent server over the same database.
     */
    public static final class Builder {
        private static final Pattern DATASET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

        private Path database;
        private int port = DEFAULT_PORT;
        private boolean loopbackOnly = true;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private String datasetName = DEFAULT_DATASET_NAME;
        private Optional<UpdateAccess> updateAccess = Optional.empty();
        private Optional<String> base = Optional.empty();
        private boolean allowService;
        private Optional<LiveIngester> live = Optional.empty();
        private Duration ingestWait = Duration.ofMinutes(2);

        private Builder() {}

        /**
         * Serves the ingester's status at {@code /<dataset>/status} and takes articles at {@code /<dataset>/ingest}
         * from the users allowed to update ({@link IngestServlet}); without updates allowed, posting is refused.
         *
         * @param ingestWait how long a post waits for its articles to be stored before it answers "queued"
         */
        public Builder live(LiveIngester ingester, Duration ingestWait) {
            this.live = Optional.of(Objects.requireNonNull(ingester, "ingester"));
            this.ingestWait = Objects.requireNonNull(ingestWait, "ingestWait");
            return this;
        }

        /**
         * Lets clients make the server fetch URLs (default: no): SPARQL {@code SERVICE} in queries, and, with
         * updates allowed, {@code LOAD} from http(s) URLs. The server then opens any address a client names, on
         * its own network, also on behalf of anonymous clients; {@code LOAD} from files is refused either way.
         */
        public Builder allowService(boolean allowService) {
            this.allowService = allowService;
            return this;
        }

        /**
         * The public base to present the stored IRIs under (Pubby style); default the server's own address,
         * {@code http://localhost:PORT/<datasetName>/}.
         *
         * @throws IllegalArgumentException if it is not an absolute http(s) IRI without query or fragment
         */
        public Builder base(String base) {
            this.base = Optional.of(IriRewriter.checkBase(base));
            return this;
        }

        /** Allows SPARQL Update and Graph Store writes for requests that authenticate as {@code access} says. */
        public Builder allowUpdate(UpdateAccess access) {
            this.updateAccess = Optional.of(Objects.requireNonNull(access, "access"));
            return this;
        }

        /** The TDB2 database directory, as written by {@code newskg ingest}; it must already exist. */
        public Builder database(Path database) {
            this.database = Objects.requireNonNull(database, "database");
            return this;
        }

        /** The HTTP port, 0 for any free port; default {@value SparqlServer#DEFAULT_PORT}. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port: expected 0..65535 but was " + port);
            }
            this.port = port;
            return this;
        }

        /** Listen on localhost only (default) or on all interfaces. */
        public Builder loopbackOnly(boolean loopbackOnly) {
            this.loopbackOnly = loopbackOnly;
            return this;
        }

        /** The longest a query (or an allowed update) may run, at least 1 ms; default 30 s. */
        public Builder queryTimeout(Duration queryTimeout) {
            Objects.requireNonNull(queryTimeout, "queryTimeout");
            if (queryTimeout.toMillis() < 1) {
                throw new IllegalArgumentException("queryTimeout: expected at least 1 ms but was " + queryTimeout);
            }
            this.queryTimeout = queryTimeout;
            return this;
        }

        /** The dataset's name in the URL, one path segment; default {@value SparqlServer#DEFAULT_DATASET_NAME}. */
        public Builder datasetName(String datasetName) {
            Objects.requireNonNull(datasetName, "datasetName");
            if (!DATASET_NAME.matcher(datasetName).matches()) {
                throw new IllegalArgumentException("datasetName: expected letters, digits, '.', '_' or '-' but was '"
                        + datasetName + "'");
            }
            this.datasetName = datasetName;
            return this;
        }

        /**
         * Opens the database and sets up the server without starting it.
         *
         * @throws IllegalStateException if the database is not set
         * @throws ServeException if there is no newskg database at the given place
         */
        public SparqlServer build() {
            if (database == null) {
                throw new IllegalStateException("SparqlServer.Builder: database is not set; call database(Path)");
            }
            DatasetGraph dsg = NewsKgDataService.openDatabase(database);
            DataService service = NewsKgDataService.create(dsg, queryTimeout,
                    updateAccess.map(UpdateAccess::policy), allowService);
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopbackOnly)
                    .addFilter("/*", new SecurityHeaders())
                    .add(datasetName, service);
            String ingestPath = "/" + datasetName + "/" + IngestServlet.PATH;
            updateAccess.ifPresent(access -> access.configure(fuseki,
                    live.isPresent() ? List.of(ingestPath) : List.of()));
            live.ifPresent(ingester -> fuseki
                    .addServlet(ingestPath, new IngestServlet(ingester, updateAccess.map(UpdateAccess::policy),
                            ingestWait))
                    .addServlet("/" + datasetName + "/" + StatusServlet.PATH, new StatusServlet(ingester)));
            LinkedDataService linkedData = new LinkedDataService(dsg, Tdb2KnowledgeStore.base(database, dsg)
                    .orElse(IriMinter.DEFAULT_BASE), base, datasetName);
            linkedData.mount(fuseki);
            GraphViewServlet viewer = new GraphViewServlet(dsg, queryTimeout, () -> linkedData.site().rewriter());
            fuseki.addServlet(GraphViewServlet.PATH, viewer).addServlet(GraphViewServlet.JSON_PATH, viewer);
            return new SparqlServer(fuseki.build(), linkedData, port, datasetName, updateAccess.isPresent());
        }
    }
}
