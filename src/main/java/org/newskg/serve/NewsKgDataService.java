package org.newskg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.DatabaseOps;

/**
 * Opens a newskg TDB2 database and describes the Fuseki service over it.
 *
 * <p>Read-only by default, which comes from which operations are registered: SPARQL query and Graph Store Protocol
 * read, nothing else. No update, upload, patch or GSP write operation exists, so Fuseki refuses such requests before
 * they reach the data. Only when an update policy is given are SPARQL Update ({@code update}) and Graph Store
 * read-write ({@code data}) added, each with that policy, so Fuseki asks for HTTP authentication on exactly those
 * paths; query ({@code sparql}, {@code query}, the dataset URL) and GSP read ({@code get}) stay open. Every endpoint
 * carries a context with the timeout and the union default graph; Fuseki merges it into each request's context.
 * Fuseki runs updates with the dataset's context instead, so the service's dataset is a wrapper with its own context
 * holding the update timeout; the shared TDB2 dataset's own context is left untouched.
 *
 * <p>Nothing a client sends makes the server open a connection or a file, unless {@code allowService} says so: both
 * contexts turn SPARQL {@code SERVICE} off ({@link ARQ#httpServiceAllowed}), and the dataset's context puts updates
 * under the {@link UpdateGuard}, which refuses {@code LOAD} from files always and from http(s) URLs unless allowed.
 */
final class NewsKgDataService {
    /** Endpoint names for SPARQL query; {@code ""} is the dataset URL itself. */
    static final List<String> QUERY_ENDPOINTS = List.of("sparql", "query", "");
    /** Endpoint names for Graph Store Protocol GET/HEAD; {@code ""} is the dataset URL itself. */
    static final List<String> GSP_READ_ENDPOINTS = List.of("get", "data", "");
    /** Endpoint name for SPARQL Update, registered only when updates are allowed. */
    static final String UPDATE_ENDPOINT = "update";
    /** Endpoint name for Graph Store Protocol read-write, replacing the read-only one when updates are allowed. */
    static final String GSP_WRITE_ENDPOINT = "data";

    private NewsKgDataService() {}

    /**
     * Connects to the TDB2 database in {@code database}, which must exist: an empty or missing directory is refused
     * rather than turned into a new, empty database.
     *
     * @throws ServeException if there is no TDB2 database there or it cannot be opened
     */
    static DatasetGraph openDatabase(Path database) {
        if (!isTdb2Database(database)) {
            throw new ServeException(display(database)
                    + ": no newskg database here. Run 'newskg ingest' first or pass --db.");
        }
        try {
            return TDB2Factory.connectDataset(database.toString()).asDatasetGraph();
        } catch (RuntimeException e) {
            throw new ServeException(display(database) + ": cannot open the database: " + e.getMessage()
                    + ". Stop the process that holds it or pass another --db.", e);
        }
    }

    /** A TDB2 database directory holds at least one {@code Data-NNNN} storage directory. */
    static boolean isTdb2Database(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try {
            return DatabaseOps.findStorageLocation(dir) != null;
        } catch (RuntimeException e) {
            throw new ServeException(display(dir) + ": cannot read the database directory: " + e.getMessage()
                    + ". Check its permissions or pass another --db.", e);
        }
    }

    /** The read-only data service over {@code dsg}: query and GSP read endpoints, each with the timeout applied. */
    static DataService create(DatasetGraph dsg, Duration queryTimeout) {
        return create(dsg, queryTimeout, Optional.empty(), false);
    }

    /**
     * The data service over {@code dsg}; with {@code updaters}, also SPARQL Update and GSP read-write endpoints that
     * only those users may use. {@code allowService} lets queries use {@code SERVICE} and updates {@code LOAD} from
     * http(s) URLs, each of which the server then fetches.
     */
    static DataService create(DatasetGraph dsg, Duration queryTimeout, Optional<AuthPolicy> updaters,
            boolean allowService) {
        Context context = endpointContext(queryTimeout, allowService);
        DataService.Builder service = DataService.newBuilder(served(dsg, queryTimeout, allowService));
        QUERY_ENDPOINTS.forEach(name -> service.addEndpoint(endpoint(Operation.Query, name, context, null)));
        GSP_READ_ENDPOINTS.stream()
                .filter(name -> updaters.isEmpty() || !name.equals(GSP_WRITE_ENDPOINT))
                .forEach(name -> service.addEndpoint(endpoint(Operation.GSP_R, name, context, null)));
        updaters.ifPresent(policy -> {
            service.addEndpoint(endpoint(Operation.Update, UPDATE_ENDPOINT, context, policy));
            service.addEndpoint(endpoint(Operation.GSP_RW, GSP_WRITE_ENDPOINT, context, policy));
        });
        return service.build();
    }

    /**
     * Fuseki runs SPARQL Update with the dataset's context, not the endpoint's, so the update timeout and the outbound
     * settings go on a wrapper with its own context; the shared TDB2 dataset's context is left untouched.
     */
    private static DatasetGraph served(DatasetGraph dsg, Duration timeout, boolean allowService) {
        UpdateGuard.register();
        Context context = dsg.getContext().copy();
        context.set(ARQ.updateTimeout, Long.toString(timeout.toMillis()));
        context.set(ARQ.httpServiceAllowed, allowService);
        context.set(UpdateGuard.POLICY, allowService ? UpdateGuard.Policy.HTTP : UpdateGuard.Policy.NONE);
        return new WholeGraphRemoval(dsg, context);
    }

    static Context endpointContext(Duration timeout, boolean allowService) {
        Context context = Context.create();
        // One number is the overall timeout in milliseconds; a client's ?timeout= can shorten it but not extend it.
        context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        context.set(ARQ.updateTimeout, Long.toString(timeout.toMillis()));
        context.set(TDB2.symUnionDefaultGraph, true);
        context.set(ARQ.httpServiceAllowed, allowService);
        context.set(UpdateGuard.POLICY, allowService ? UpdateGuard.Policy.HTTP : UpdateGuard.Policy.NONE);
        return context;
    }

    private static Endpoint endpoint(Operation operation, String name, Context context, AuthPolicy policy) {
        return Endpoint.create().operation(operation).endpointName(name).context(context).authPolicy(policy).build();
    }

    /** The path as the user would recognise it: {@code ./newskg-db} shows as {@code newskg-db}. */
    static String display(Path path) {
        return path.normalize().toString();
    }
}
