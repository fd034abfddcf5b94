package org.newskg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.article.ReadOptions;
import org.newskg.rdf.IriMinter;
import org.newskg.serve.SparqlServer;
import org.newskg.store.ServerRecord;
import org.newskg.store.Tdb2KnowledgeStore;
import org.newskg.sys.IngestSummary;
import org.newskg.sys.Models;
import org.newskg.sys.NamedQueries;
import org.newskg.sys.ProblemReporter;
import org.newskg.sys.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg demo}: ingest the bundled articles and serve them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests data/articles into the database, prints what the named queries leadership and "
                + "quotes find, and serves the graph over SPARQL until Ctrl-C.", ""})
final class DemoCommand implements Callable<Integer> {
    private final Models models;

    private static final List<String> SHOWN_QUERIES = List.of("leadership", "quotes");

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private ServerOptions server;

    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "data/articles",
            description = "The articles to ingest (default: ${DEFAULT-VALUE}).")
    private Path articles;

    @Option(names = "--no-serve", description = "Stop after printing the results instead of serving.")
    private boolean noServe;

    DemoCommand(Models models) {
        this.models = models;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(articles)) {
            throw new UserInputException(articles + ": no such folder. Run the demo from the newskg folder or "
                    + "pass --articles DIR.");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(common.db)) {
            out.println("Ingesting " + articles + " into " + common.db + " (loading the NLP models takes a while) ...");
            out.flush();
            IngestSummary summary = IngestCommand.ingest(store, List.of(articles), ReadOptions.defaults(),
                    new IngestCommand.Run(models, Runtime.getRuntime().availableProcessors(),
                            new IriMinter(IriMinter.DEFAULT_BASE), null, false),
                    new ProblemReporter(spec.commandLine().getErr(), common.verbose));
            out.println("Ingested " + summary.line() + ".");
            for (String name : SHOWN_QUERIES) {
                out.println();
                out.println("queries/" + name + ".rq:");
                out.print(table(store, name));
            }
            out.println();
            if (noServe) {
                return IngestCommand.exitCode(summary);
            }
            try (SparqlServer sparql = server.build(common.db).start();
                 var record = ServerRecord.announce(common.db, sparql.endpointUrl())) {
                server.printWarnings(spec.commandLine().getErr());
                server.printWelcome(out, sparql);
                sparql.join();
            }
            return IngestCommand.exitCode(summary);
        }
    }

    private static String table(Tdb2KnowledgeStore store, String name) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        QueryRunner.run(store, new QueryRunner.Source("queries/" + name + ".rq", NamedQueries.text(name)),
                QueryRunner.Format.table, 60, buffer);
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
