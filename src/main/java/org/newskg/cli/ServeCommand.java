package org.newskg.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.newskg.serve.SparqlServer;
import org.newskg.store.Tdb2KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg serve}: the graph over SPARQL, read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the graph with an embedded Apache Jena Fuseki: a read-only SPARQL endpoint at "
                + "http://localhost:PORT/newskg/sparql over the union of all articles. Runs until Ctrl-C.", ""})
final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private ServerOptions server;

    @Override
    public Integer call() {
        if (!Tdb2KnowledgeStore.isDatabase(common.db)) {
            throw new UserInputException(common.db + ": no newskg database here. Run 'newskg ingest' first or "
                    + "pass --db.");
        }
        try (SparqlServer sparql = server.build(common.db).start()) {
            server.printWelcome(spec.commandLine().getOut(), sparql);
            sparql.join();
        }
        return ExitCodes.OK;
    }
}
