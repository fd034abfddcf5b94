package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newskg.store.BulkLoad;
import org.newskg.store.LoadSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg load --nquads DIR}: bulk-loads the Spark job's N-Quads into the database. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-loads N-Quads, one named graph per article (the output of the Spark job, "
                + "org.newskg.spark.SparkIngestJob), into the database with Jena's TDB2 bulk loader. An article "
                + "already in the database is replaced. The files are checked first: bad input loads nothing.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:loaded", "2:no .nq files, a syntax error, another base IRI, or bad options"})
final class LoadCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Option(names = "--nquads", paramLabel = "DIR", required = true, arity = "1..*",
            description = "A folder of .nq (or .nq.gz) files, such as the Spark job's output, or .nq files.")
    private List<Path> inputs;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Check that the graphs were minted under this base IRI (default: take theirs).")
    private String base;

    @Override
    public Integer call() {
        LoadSummary summary = BulkLoad.run(common.db, inputs, Optional.ofNullable(base));
        spec.commandLine().getOut().println("Loaded " + summary.line() + " into " + common.db + ".");
        return ExitCodes.OK;
    }
}
