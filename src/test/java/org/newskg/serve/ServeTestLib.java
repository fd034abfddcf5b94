package org.newskg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/** Test helpers: build TDB2 databases and talk SPARQL over plain {@link HttpClient}. */
final class ServeTestLib {
    static final String SPARQL_JSON = "application/sparql-results+json";
    /** Upper bound for any request in these tests; a hanging server fails the test instead of blocking the build. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Before the first Jena class initialises Fuseki's loggers, so test runs stay as quiet as `newskg serve`.
        ServeLogging.quiet();
    }

    private ServeTestLib() {}

    /** Creates a TDB2 database in {@code dir} holding the TriG test resource {@code /serve/<name>}. */
    static Dataset createDatabase(Path dir, String trigResource) {
        Dataset dataset = TDB2Factory.connectDataset(dir.toString());
        Path trig = resourcePath("/serve/" + trigResource);
        Txn.executeWrite(dataset, () -> RDFParser.source(trig).parse(dataset.asDatasetGraph()));
        return dataset;
    }

    /** Creates a TDB2 database in {@code dir} holding the TriG files, such as the publish tests' fixtures. */
    static Dataset createDatabase(Path dir, Path... trigs) {
        Dataset dataset = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(dataset, () -> {
            for (Path trig : trigs) {
                RDFParser.source(trig).parse(dataset.asDatasetGraph());
            }
        });
        return dataset;
    }

    /** Creates a TDB2 database in {@code dir} whose named graph {@code graph} holds {@code triples} triples. */
    static Dataset createDatabase(Path dir, String graph, int triples) {
        Dataset dataset = TDB2Factory.connectDataset(dir.toString());
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node g = NodeFactory.createURI(graph);
        Node p = NodeFactory.createURI("https://example.org/p");
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < triples; i++) {
                Node s = NodeFactory.createURI("https://example.org/s" + i);
                dsg.add(g, s, p, NodeFactory.createLiteralString("o" + i));
            }
        });
        return dataset;
    }

    /** Stops the server, if it started, and releases the test database, if it was created. */
    static void stop(SparqlServer server, Dataset dataset) {
        if (server != null) {
            server.close();
        }
        if (dataset != null) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    static HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(uri(url)).header("Accept", accept).GET());
    }

    /** GET with the request headers given as name, value, name, value ...; the body as bytes. */
    static HttpResponse<byte[]> getBytes(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(url)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> post(String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> send(String method, String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(url)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends with HTTP basic authentication as {@code credentials}. */
    static HttpResponse<String> sendAs(Credentials credentials, String method, String url, String contentType,
            String body) {
        String token = Base64.getEncoder().encodeToString(
                (credentials.user() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(url)).header("Content-Type", contentType)
                .header("Authorization", "Basic " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** GET {@code endpoint?query=...} asking for SPARQL JSON results; {@code endpoint} may carry parameters. */
    static HttpResponse<String> query(String endpoint, String sparql) {
        String separator = endpoint.contains("?") ? "&" : "?";
        return get(endpoint + separator + "query=" + encode(sparql), SPARQL_JSON);
    }

    /** The rows of a SPARQL JSON result: variable to lexical form, in result order. */
    static List<Map<String, String>> rows(HttpResponse<String> response) {
        try {
            JsonNode bindings = JSON.readTree(response.body()).path("results").path("bindings");
            List<Map<String, String>> rows = new ArrayList<>();
            for (JsonNode binding : bindings) {
                Map<String, String> row = new LinkedHashMap<>();
                binding.properties().forEach(e -> row.put(e.getKey(), e.getValue().path("value").asText()));
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("not SPARQL JSON: " + response.body(), e);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String url) {
        return URI.create(url);
    }

    private static Path resourcePath(String name) {
        try {
            return Path.of(ServeTestLib.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
