package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.jena.shacl.validation.ReportEntry;
import org.newskg.store.LabelVariants;
import org.newskg.store.ShapesGate;
import org.newskg.store.StoreValidation;
import org.newskg.store.Tdb2KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg validate}: a SHACL report on each stored article graph, and the entities spelled several ways. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks each article's graph on its own against the SHACL shapes of ontology/shapes.ttl and "
                + "prints the violations with their article. Then names the entities that different articles spell "
                + "differently: one IRI with one label per spelling in the union, which is information, not a "
                + "violation.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article graph conforms", "2:no database", "4:some article graph does not conform"})
final class ValidateCommand implements Callable<Integer> {
    static final int NOT_CONFORMING = 4;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openForReading(common.db,
                spec.commandLine().getErr()::println)) {
            StoreValidation validation = ShapesGate.bundled().validate(store);
            if (validation.conforms()) {
                out.println("Conforms: each of the " + validation.graphs() + " article graph(s) in " + common.db
                        + " meets every shape.");
            } else {
                out.println("Does not conform: " + validation.violations() + " violation(s) in "
                        + validation.failed().size() + " of " + validation.graphs() + " article graph(s).");
                validation.failed().forEach(graph -> {
                    out.println("  in " + graph.graph().getURI() + ":");
                    graph.report().getEntries().forEach(entry -> out.println("    " + violation(entry)));
                });
            }
            printVariants(out, validation.variants());
            return validation.conforms() ? ExitCodes.OK : NOT_CONFORMING;
        }
    }

    private static String violation(ReportEntry entry) {
        return entry.focusNode() + " " + entry.resultPath() + ": " + entry.message();
    }

    private static void printVariants(PrintWriter out, LabelVariants variants) {
        if (variants.count() == 0) {
            return;
        }
        out.println("Spelled differently by different articles: " + variants.count() + " entit"
                + (variants.count() == 1 ? "y" : "ies") + " (one label per spelling in the union; not a violation)"
                + (variants.count() > variants.examples().size() ? ", the first " + variants.examples().size() : "")
                + ":");
        variants.examples().forEach(resource -> out.println("  " + resource.iri().getURI() + ": "
                + resource.spellings().stream().map(ValidateCommand::spelling).collect(Collectors.joining("; "))));
    }

    /** E.g. {@code "Corp. Alpha" in 2 articles, e.g. <https://...>}. */
    private static String spelling(LabelVariants.Spelling spelling) {
        return "\"" + spelling.label() + "\" in " + spelling.articles() + " article" + (spelling.articles() == 1
                ? "" : "s") + ", e.g. <" + spelling.example().getURI() + ">";
    }
}
