package org.newskg.push;

import java.net.Authenticator;
import java.net.ConnectException;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.serve.Credentials;
import org.newskg.store.KnowledgeStore;
import org.newskg.sys.ProgressListener;

/**
 * Sends every named graph of a store to a remote Graph Store Protocol endpoint (for example a Fuseki dataset started
 * with {@code --update}), one HTTP PUT per graph, so the remote graph is replaced: pushing twice leaves one copy.
 *
 * <p>Uses Jena's {@link GSP} client over a {@link HttpClient}; with credentials, the client's {@link Authenticator}
 * answers the server's basic-authentication challenge. Each graph is copied out of the store in a read transaction and
 * sent after it, so a slow server does not hold the store. Immutable and thread-safe; one pusher can push many times.
 */
public final class GraphPusher {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final String endpoint;
    private final HttpClient http;
    private final boolean authenticated;

    private GraphPusher(String endpoint, HttpClient http, boolean authenticated) {
        this.endpoint = endpoint;
        this.http = http;
        this.authenticated = authenticated;
    }

    public static Builder create() {
        return new Builder();
    }

    /** The Graph Store Protocol URL graphs are sent to. */
    public String endpoint() {
        return endpoint;
    }

    /**
     * Sends every named graph of {@code store}, telling {@code progress} after each.
     *
     * @throws PushException if the server cannot be reached, refuses the credentials or the request
     */
    public PushSummary push(KnowledgeStore store, ProgressListener progress) {
        return push(store, graphNames(store), progress);
    }

    /**
     * Sends the named graphs {@code names} of {@code store} (an empty graph replaces the remote one with nothing).
     *
     * @throws PushException if the server cannot be reached, refuses the credentials or the request
     */
    public PushSummary push(KnowledgeStore store, Collection<Node> names, ProgressListener progress) {
        long start = System.nanoTime();
        long triples = 0;
        for (Node name : names) {
            Graph graph = store.read(ds -> copy(ds.asDatasetGraph().getGraph(name)));
            put(name.getURI(), graph);
            triples += graph.size();
            progress.articleDone(name.getURI());
        }
        return new PushSummary(names.size(), triples, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The named graphs of {@code store}, in a stable order. */
    public static List<Node> graphNames(KnowledgeStore store) {
        return store.read(ds -> {
            List<Node> names = new ArrayList<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(n -> {
                if (n.isURI()) {
                    names.add(n);
                }
            });
            names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            return names;
        });
    }

    private static Graph copy(Graph source) {
        Graph copy = GraphFactory.createDefaultGraph();
        source.find().forEachRemaining(copy::add);
        return copy;
    }

    private void put(String graphName, Graph graph) {
        try {
            GSP.service(endpoint).httpClient(http).graphName(graphName).PUT(graph);
        } catch (HttpException e) {
            throw failure(e);
        }
    }

    private PushException failure(HttpException e) {
        int status = e.getStatusCode();
        if (status == 401 || status == 403) {
            String hint = authenticated ? "Check the credentials (--user and --password-file)."
                    : "Give credentials with --user and --password-file.";
            return new PushException(endpoint + " refused the request (HTTP " + status + "). " + hint, e);
        }
        if (status == 404) {
            return new PushException(endpoint + ": no dataset there (HTTP 404). Check the URL: it should be a "
                    + "dataset such as http://localhost:3030/ds.", e);
        }
        if (status == 405) {
            return new PushException(endpoint + " does not accept Graph Store writes (HTTP 405). Use the dataset "
                    + "URL or its read-write endpoint, and start Fuseki with updates allowed.", e);
        }
        if (status > 0) {
            return new PushException(endpoint + " answered HTTP " + status + " " + Objects.toString(e.getMessage(),
                    "") + ". Check the server's log.", e);
        }
        return new PushException("cannot reach " + endpoint + ": " + reason(e)
                + ". Check the URL and that the server is running.", e);
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof HttpTimeoutException) {
                return "no answer within " + CONNECT_TIMEOUT.toSeconds() + " s";
            }
            if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "unknown host";
            }
        }
        return String.valueOf(e.getMessage());
    }

    /** Configures a {@link GraphPusher}; {@link #endpoint(String)} is required. Not thread-safe. */
    public static final class Builder {
        private String endpoint;
        private Optional<Credentials> credentials = Optional.empty();

        private Builder() {}

        /** The Graph Store Protocol URL: a Fuseki dataset ({@code http://host:3030/ds}) or its endpoint. */
        public Builder endpoint(String endpoint) {
            Objects.requireNonNull(endpoint, "endpoint");
            URI uri;
            try {
                uri = URI.create(endpoint);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("endpoint: expected an http(s) URL but was '" + endpoint + "'", e);
            }
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("endpoint: expected an http(s) URL but was '" + endpoint + "'");
            }
            this.endpoint = endpoint;
            return this;
        }

        /** HTTP basic authentication credentials, used when the server asks for them. */
        public Builder credentials(Optional<Credentials> credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /** @throws IllegalStateException if the endpoint is not set */
        public GraphPusher build() {
            if (endpoint == null) {
                throw new IllegalStateException("GraphPusher.Builder: endpoint is not set; call endpoint(String)");
            }
            HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NORMAL);
            credentials.ifPresent(c -> http.authenticator(authenticator(c)));
            return new GraphPusher(endpoint, http.build(), credentials.isPresent());
        }

        private static Authenticator authenticator(Credentials credentials) {
            return new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(credentials.user(), credentials.password().toCharArray());
                }
            };
        }
    }
}
