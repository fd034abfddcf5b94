package org.newskg.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.newskg.linkeddata.IriRewriter;
import org.newskg.live.LiveIngest;
import org.newskg.live.LiveSettings;
import org.newskg.serve.SparqlServer;
import org.newskg.serve.UpdateAccess;
import org.newskg.store.ServerRecord;
import org.newskg.store.Tdb2KnowledgeStore;
import org.newskg.sys.Models;
import org.newskg.sys.NewsKg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newskg serve}: the graph over SPARQL, read-only unless updates are allowed with credentials. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the graph with an embedded Apache Jena Fuseki: a read-only SPARQL endpoint at "
                + "http://localhost:PORT/newskg/sparql over the union of all articles, and a read-only Graph Store "
                + "at /newskg/get. With --allow-update and credentials, SPARQL Update at /newskg/update and Graph "
                + "Store writes at /newskg/data, both behind HTTP basic authentication. Runs until Ctrl-C.", "",
            "The same server serves the graph as linked data: every resource IRI (/newskg/id/...) gives its page or "
                + "its description by content negotiation (HTML, Turtle, JSON-LD, RDF/XML, N-Triples), with "
                + "/newskg/ontology, /.well-known/void and the dumps /newskg/dump.nq.gz and /newskg/dump.ttl. The interactive graph "
                + "viewer is at /graph (?focus=NAME&depth=N for one entity's neighbourhood).", ""})
final class ServeCommand implements Callable<Integer> {
    private final Models models;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private ServerOptions server;

    @Option(names = "--allow-update", description = "Accept SPARQL Update and Graph Store writes from the user "
            + "given by --user and --password-file (HTTP basic authentication). Off by default.")
    private boolean allowUpdate;

    @Mixin
    private CredentialOptions credentials;

    @Mixin
    private LiveOptions liveOptions;

    @Option(names = "--base", paramLabel = "URL",
            description = "The public base URL the linked data is presented under, e.g. https://data.example.org/; "
                    + "every IRI under the database's base is rewritten to it, and request paths are those of the "
                    + "rewritten IRIs. Default: this server, http://localhost:PORT/newskg/.")
    private String base;

    ServeCommand(Models models) {
        this.models = models;
    }

    @Override
    public Integer call() {
        Optional<UpdateAccess> updateAccess = updateAccess();
        if (base != null) {
            try {
                IriRewriter.checkBase(base);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--base: " + e.getMessage());
            }
        }
        LiveSettings settings = liveOptions.settings();
        if (!Tdb2KnowledgeStore.isDatabase(common.db) && settings.pulls()) {
            createEmpty(common.db);
        }
        if (!Tdb2KnowledgeStore.isDatabase(common.db)) {
            throw new UserInputException(common.db + ": no newskg database here. Run 'newskg ingest' first or "
                    + "pass --db.");
        }
        try (LiveIngest live = liveOptions.live(allowUpdate) ? LiveIngest.start(common.db, models.loadNlp(),
                NewsKg.extractor(), NewsKg::mapper, settings) : null;
             SparqlServer sparql = server.build(common.db, updateAccess, Optional.ofNullable(base),
                     builder -> Optional.ofNullable(live).ifPresent(l -> builder.live(l.ingester(),
                             liveOptions.ingestWait()))).start();
             var record = ServerRecord.announce(common.db, sparql.endpointUrl())) {
            server.printWarnings(spec.commandLine().getErr());
            if (live != null) {
                printLive(sparql, settings);
            }
            server.printWelcome(spec.commandLine().getOut(), sparql);
            sparql.join();
        }
        return ExitCodes.OK;
    }

    /**
     * A database for a server that fills it from a folder or feeds: empty, under the default base. TDB2 keeps a
     * database open for the JVM; it is let go, so that the server opens it afresh with its own settings.
     */
    private static void createEmpty(java.nio.file.Path db) {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(db)) {
            store.claimBase(org.newskg.rdf.IriMinter.DEFAULT_BASE);
        }
        org.apache.jena.tdb2.sys.TDBInternal.expel(org.apache.jena.tdb2.TDB2Factory.connectDataset(db.toString())
                .asDatasetGraph(), true);
    }

    private void printLive(SparqlServer sparql, LiveSettings settings) {
        var out = spec.commandLine().getOut();
        settings.watch().ifPresent(folder -> out.println("Watching " + folder + " for articles (then done/ or "
                + "failed/)."));
        settings.feeds().forEach(feed -> out.println("Polling " + feed + " every " + settings.feedInterval()
                .toSeconds() + " s."));
        if (allowUpdate) {
            out.println("Post articles (authenticated): curl -u USER --data-binary @story.html -H 'Content-Type: "
                    + "text/html' " + sparql.datasetUrl() + "/ingest");
        }
        out.println("Status: " + sparql.datasetUrl() + "/status");
        out.flush();
    }

    private Optional<UpdateAccess> updateAccess() {
        if (!allowUpdate) {
            if (credentials.given()) {
                throw new UserInputException("--user and --password-file are only for --allow-update. Add "
                        + "--allow-update to accept updates, or leave them out.");
            }
            return Optional.empty();
        }
        if (credentials.passwordFile == null) {
            throw new UserInputException("--allow-update needs credentials: give --user USER with --password-file "
                    + "FILE, or --password-file FILE with 'user:password' lines.");
        }
        if (credentials.user == null) {
            credentials.credentials();  // checks that the file has a user:password line before Fuseki reads it
            return Optional.of(UpdateAccess.passwordFile(credentials.passwordFile));
        }
        return credentials.credentials().map(UpdateAccess::user);
    }
}
