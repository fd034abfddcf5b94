package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.newskg.store.ShapesGate;
import org.newskg.store.Tdb2KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg validate}: a SHACL report on the stored graph. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the stored graph against the SHACL shapes of ontology/shapes.ttl and prints the "
                + "report.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the graph conforms", "2:no database", "4:the graph does not conform"})
final class ValidateCommand implements Callable<Integer> {
    static final int NOT_CONFORMING = 4;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openExisting(common.db)) {
            ValidationReport report = ShapesGate.bundled().validate(store);
            if (report.conforms()) {
                out.println("Conforms: the graph in " + common.db + " meets every shape.");
                return ExitCodes.OK;
            }
            out.println("Does not conform: " + report.getEntries().size() + " violation(s).");
            report.getEntries().forEach(entry -> out.println("  " + entry.focusNode() + " "
                    + entry.resultPath() + ": " + entry.message()));
            return NOT_CONFORMING;
        }
    }
}
