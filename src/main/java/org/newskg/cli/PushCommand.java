package org.newskg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newskg.push.GraphPusher;
import org.newskg.push.PushSummary;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.Tdb2KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg push}: every article's graph into a SPARQL server that already runs. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Sends each article's named graph to a running SPARQL server (such as Apache Jena Fuseki) "
                + "with the Graph Store Protocol, one HTTP PUT per article, so pushing again replaces the graphs "
                + "instead of adding copies.", ""})
final class PushCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Option(names = "--endpoint", paramLabel = "URL", required = true,
            description = "The dataset's Graph Store URL, for example http://localhost:3030/ds (Fuseki started "
                    + "with --update) or http://localhost:3030/ds/data.")
    private String endpoint;

    @Mixin
    private CredentialOptions credentials;

    @Override
    public Integer call() {
        GraphPusher pusher;
        try {
            pusher = GraphPusher.create().endpoint(endpoint).credentials(credentials.credentials()).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--endpoint: expected an http(s) URL such as "
                    + "http://localhost:3030/ds but was '" + endpoint + "'.");
        }
        try (KnowledgeStore store = Tdb2KnowledgeStore.openExisting(common.db)) {
            PushSummary summary;
            try (ProgressDisplay progress = ProgressDisplay.start("Pushing",
                    GraphPusher.graphNames(store).size())) {
                summary = pusher.push(store, progress);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(summaryLine(summary, pusher.endpoint()));
            out.flush();
        }
        return ExitCodes.OK;
    }

    static String summaryLine(PushSummary summary, String endpoint) {
        return String.format(Locale.ROOT, "Pushed %d articles, %d triples to %s, %.1f s", summary.graphs(),
                summary.triples(), endpoint, summary.elapsed().toMillis() / 1000.0);
    }
}
