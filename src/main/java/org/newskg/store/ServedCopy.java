package org.newskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A copy of the articles a running {@code newskg serve} holds, read over its Graph Store Protocol route
 * ({@code /<dataset>/get}, the whole dataset as N-Quads) into memory, for the commands that read a database the
 * server holds locked: they then see what the server serves at that moment, the last article stored included.
 */
final class ServedCopy {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServedCopy() {
    }

    /**
     * The server's articles in an in-memory dataset whose default graph is their union.
     *
     * @throws StoreException naming the server and what to do when it does not answer
     */
    static Dataset fetch(ServerRecord server) {
        String url = server.datasetUrl() + "/get";
        Dataset copy = TDB2Factory.createDataset();
        copy.getContext().set(TDB2.symUnionDefaultGraph, true);
        try {
            HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "application/n-quads").timeout(Duration.ofMinutes(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode());
                }
                Txn.executeWrite(copy, () -> RDFParser.source(body).lang(Lang.NQUADS).parse(copy.asDatasetGraph()));
            }
            return copy;
        } catch (IOException | RuntimeException e) {
            throw new StoreException("the database is in use by 'newskg serve' (process " + server.pid() + ") at "
                    + server.endpoint() + ", which did not give its articles (" + e.getMessage() + "). Check that "
                    + "the server answers, or stop it and run the command again.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while reading the articles from " + url, e);
        }
    }
}
