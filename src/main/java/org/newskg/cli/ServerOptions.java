package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.newskg.serve.SparqlServer;
import org.newskg.serve.UpdateAccess;
import picocli.CommandLine.Option;

/** Options of the embedded SPARQL server. */
final class ServerOptions {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop any query after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--public", description = "Listen on all network interfaces, not only on localhost.")
    boolean allInterfaces;

    SparqlServer build(Path db) {
        return build(db, Optional.empty(), Optional.empty());
    }

    /** The server; {@code base} is already checked ({@code IriRewriter.checkBase}). */
    SparqlServer build(Path db, Optional<UpdateAccess> updateAccess, Optional<String> base) {
        if (timeoutSeconds < 1) {
            throw new UserInputException("--timeout must be at least 1 second but was " + timeoutSeconds + ".");
        }
        SparqlServer.Builder builder = SparqlServer.create().database(db).port(port).loopbackOnly(!allInterfaces)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds));
        updateAccess.ifPresent(builder::allowUpdate);
        base.ifPresent(builder::base);
        return builder.build();
    }

    void printWelcome(PrintWriter out, SparqlServer server) {
        if (server.updateUrl().isPresent()) {
            out.println("SPARQL endpoint: " + server.endpointUrl());
            out.println("SPARQL Update (HTTP basic authentication): " + server.updateUrl().get());
            out.println("Graph Store: " + server.datasetUrl() + "/get (read), " + server.datasetUrl()
                    + "/data (read-write, authenticated)");
        } else {
            out.println("SPARQL endpoint (read-only): " + server.endpointUrl());
        }
        printLinkedData(out, server);
        out.println("Graph viewer: " + server.viewerUrl() + " (?focus=NAME&depth=2 for one entity's neighbourhood)");
        out.println("Try:");
        out.println("  curl -s " + server.endpointUrl() + " -H 'Accept: text/csv' \\");
        out.println("       --data-urlencode 'query=SELECT ?type (COUNT(*) AS ?n) WHERE { ?s a ?type } "
                + "GROUP BY ?type ORDER BY DESC(?n)'");
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    /** The resource pages' base with an example, and the VoID description; local addresses too under --base. */
    private static void printLinkedData(PrintWriter out, SparqlServer server) {
        String base = server.baseUrl();
        boolean local = server.localUrl(base).equals(base);
        out.println("Resource pages: " + base + "id/..." + (local ? "" : " (served here at "
                + server.localUrl(base) + "id/...)"));
        server.exampleResource().ifPresent(iri -> out.println("  for example " + iri + (local ? ""
                : " (here: " + server.localUrl(iri) + ")")));
        out.println("VoID: " + server.voidUrl() + (local ? "" : " (here: " + server.localUrl(server.voidUrl())
                + ")"));
    }
}
