package org.newskg.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.linkeddata.IriRewriter;
import org.newskg.publish.PublishSummary;
import org.newskg.publish.SitePublisher;
import org.newskg.rdf.IriMinter;
import org.newskg.store.Tdb2KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg publish}: the graph as a static linked-data site. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Writes the graph as a static linked-data site: for every resource an HTML page and its "
                + "description as Turtle, JSON-LD and RDF/XML at the path of its IRI, an index page per type, "
                + "void.ttl (VoID and DCAT), the ontology, the dumps dump.nq.gz and dump.ttl, and content "
                + "negotiation config for Apache httpd (.htaccess) and nginx (nginx.conf).", "",
            "IRIs minted under the database's base (ingest --base) are presented under --base.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site is written", "2:no database, bad --base, or --out cannot be written"})
final class PublishCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The directory to write the site into (created if missing; files in it are replaced).")
    private Path out;

    @Option(names = "--base", paramLabel = "URL", required = true,
            description = "The public base URL the site is served under, e.g. https://data.example.org/; every "
                    + "IRI under the database's base is rewritten to it.")
    private String base;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "A SPARQL endpoint serving the same graph, named in void.ttl and on the home page.")
    private String endpoint;

    @Override
    public Integer call() {
        checkUrl("--base", base);
        if (endpoint != null) {
            checkUrl("--endpoint", endpoint);
        }
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openForReading(common.db,
                spec.commandLine().getErr()::println)) {
            IriRewriter rewriter = IriRewriter.of(store.base().orElse(IriMinter.DEFAULT_BASE), base);
            Console console = System.console();
            PrintWriter err = spec.commandLine().getErr();
            PublishSummary summary = SitePublisher.create().store(store).out(out).rewriter(rewriter)
                    .endpoint(endpoint).progress(line -> {
                        if (console != null) {
                            err.print("\r" + line + "   ");
                            err.flush();
                        }
                    }).build().publish();
            if (console != null) {
                err.print("\r" + " ".repeat(60) + "\r");
                err.flush();
            }
            spec.commandLine().getOut().println("Published " + summary.line() + " into " + out + " under "
                    + rewriter.publicBase() + ".");
        }
        return ExitCodes.OK;
    }

    private void checkUrl(String option, String value) {
        try {
            IriRewriter.checkBase(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
