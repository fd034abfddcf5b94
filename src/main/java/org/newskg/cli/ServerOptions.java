package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.newskg.serve.SparqlServer;
import org.newskg.serve.UpdateAccess;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options of the embedded SPARQL server. */
final class ServerOptions {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", converter = PortConverter.class,
            description = "HTTP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop any query after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--public", description = "Listen on all network interfaces, not only on localhost. The "
            + "server speaks plain HTTP: put a TLS reverse proxy in front of it before any password crosses a network.")
    boolean allInterfaces;

    @Option(names = "--allow-service", description = "Let clients make the server fetch URLs: SPARQL SERVICE "
            + "(federated queries) and, with --allow-update, LOAD from http(s) URLs. Off by default: any client could "
            + "then reach addresses on this machine and its network through the server. LOAD from files is never "
            + "allowed.")
    boolean allowService;

    SparqlServer build(Path db) {
        return build(db, Optional.empty(), Optional.empty());
    }

    /** The server; {@code base} is already checked ({@code IriRewriter.checkBase}). */
    SparqlServer build(Path db, Optional<UpdateAccess> updateAccess, Optional<String> base) {
        return build(db, updateAccess, base, builder -> { });
    }

    /** The server, with what {@code more} adds to its builder (live ingest, say). */
    SparqlServer build(Path db, Optional<UpdateAccess> updateAccess, Optional<String> base,
                       java.util.function.Consumer<SparqlServer.Builder> more) {
        if (timeoutSeconds < 1) {
            throw new UserInputException("--timeout must be at least 1 second but was " + timeoutSeconds + ".");
        }
        SparqlServer.Builder builder = SparqlServer.create().database(db).port(port).loopbackOnly(!allInterfaces)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds)).allowService(allowService);
        updateAccess.ifPresent(builder::allowUpdate);
        base.ifPresent(builder::base);
        more.accept(builder);
        return builder.build();
    }

    /** The risks the options take, one warning line each, for stderr. */
    void printWarnings(PrintWriter err) {
        if (allInterfaces) {
            err.println("newskg: warning: --public: the server listens on every network interface over plain HTTP, "
                    + "so passwords and data cross the network readable. Put a TLS reverse proxy (nginx, Caddy, "
                    + "httpd) in front of it.");
        }
        if (allowService) {
            err.println("newskg: warning: --allow-service: any client can make this server fetch a URL it names, "
                    + "also on this machine and its network.");
        }
        err.flush();
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

    /** A TCP port, 0 to 65535: anything else is a usage error (exit 2) before anything starts. */
    static final class PortConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int port = Integer.parseInt(value.strip());
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // Reported below.
            }
            throw new TypeConversionException("expected a port from 0 to 65535 but was '" + value + "'");
        }
    }
}
