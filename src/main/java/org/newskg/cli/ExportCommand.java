package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newskg.export.Category;
import org.newskg.export.ExportException;
import org.newskg.export.Exporter;
import org.newskg.export.Exporters;
import org.newskg.export.GraphSelector;
import org.newskg.export.HtmlExporter;
import org.newskg.export.Selection;
import org.newskg.export.VizGraph;
import org.newskg.export.VizGraphRewriter;
import org.newskg.linkeddata.IriRewriter;
import org.newskg.rdf.IriMinter;
import org.newskg.store.Tdb2KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newskg export}: the graph, or a part of it, as a file for graph tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the graph, or a part of it, for graph tools: entities and events as nodes, relations "
                + "as edges with their status, role, confidence, date and evidence.", "",
            "Formats: graphml (yEd, Cytoscape, networkx), gexf (GEXF 1.3 for Gephi, with a timeline), dot "
                + "(Graphviz), cytoscape (Cytoscape.js JSON), html (the interactive viewer: one self-contained page "
                + "that works offline).", "",
            "Without --focus, --type or --query the whole graph is written.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the file is written", "2:no database, a bad option, an unknown --focus, an empty "
                + "selection, or -o cannot be written"})
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true, completionCandidates = Formats.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The file to write (replaced if it exists; its folder must exist).")
    private Path output;

    @Option(names = "--focus", paramLabel = "ENTITY",
            description = "Only what lies near this entity: a name, alias (any case) or IRI.")
    private String focus;

    @Option(names = "--depth", paramLabel = "N",
            description = "With --focus: how many edges away from it (default: " + Selection.DEFAULT_DEPTH
                    + "; 0 is the entity alone). An event is a node, so a person's co-participants are 2 away.")
    private Integer depth;

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "Keep only these kinds of node: person, organization, place, event (repeatable or a "
                    + "comma list). The --focus entity is kept whatever its type.")
    private List<String> types = List.of();

    @Option(names = "--min-confidence", paramLabel = "C",
            description = "Drop edges whose confidence is below C (0 to 1), and those with no confidence.")
    private Double minConfidence;

    @Option(names = "--exclude-alleged", description = "Drop alleged facts (such as an alleged leadership).")
    private boolean excludeAlleged;

    @Option(names = "--query", paramLabel = "CONSTRUCT.rq",
            description = "Export the result of this SPARQL CONSTRUCT over the whole graph instead of the store; "
                    + "the other options then narrow it.")
    private Path query;

    @Option(names = "--base", paramLabel = "URL",
            description = "Present the IRIs under this public base, as publish --base does; the html viewer then "
                    + "links each node to its resource page.")
    private String base;

    @Override
    public Integer call() throws IOException {
        Exporter exporter = exporter();
        Selection selection = selection();
        checkWritable(output);
        VizGraph graph;
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openForReading(common.db,
                spec.commandLine().getErr()::println)) {
            graph = GraphSelector.over(store).select(selection);
            if (base != null) {
                IriRewriter rewriter = IriRewriter.of(store.base().orElse(IriMinter.DEFAULT_BASE), base);
                graph = new VizGraphRewriter(rewriter).rewrite(graph);
            }
        }
        write(exporter, graph);
        spec.commandLine().getOut().println("Exported " + graph.nodes().size() + " nodes and "
                + graph.edges().size() + " edges as " + format.toLowerCase(Locale.ROOT) + " to " + output + ".");
        return ExitCodes.OK;
    }

    private Exporter exporter() {
        Exporter exporter;
        try {
            exporter = Exporters.forFormat(format);
        } catch (ExportException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        if (base != null) {
            try {
                IriRewriter.checkBase(base);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--base: " + e.getMessage());
            }
        }
        if (exporter instanceof HtmlExporter html) {
            String title = focus == null ? HtmlExporter.DEFAULT_TITLE : "newskg: " + focus.strip();
            return html.withTitle(title).withPageLinks(base != null);
        }
        return exporter;
    }

    private Selection selection() throws IOException {
        Selection selection = Selection.all();
        if (depth != null && (focus == null || depth < 0)) {
            throw new ParameterException(spec.commandLine(), depth < 0 ? "--depth: expected 0 or more but was "
                    + depth : "--depth needs --focus: give the entity to count the depth from.");
        }
        if (focus != null) {
            if (focus.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--focus: expected a name or an IRI but was ''.");
            }
            selection = selection.withFocus(focus, depth == null ? Selection.DEFAULT_DEPTH : depth);
        }
        if (!types.isEmpty()) {
            selection = selection.withTypes(categories());
        }
        if (minConfidence != null) {
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                throw new ParameterException(spec.commandLine(), "--min-confidence: expected a number from 0 to 1 "
                        + "but was " + minConfidence);
            }
            selection = selection.withMinConfidence(minConfidence);
        }
        if (excludeAlleged) {
            selection = selection.withoutAlleged();
        }
        return query == null ? selection : selection.withConstruct(construct());
    }

    private Set<Category> categories() {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (String type : types) {
            categories.add(Category.parse(type).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--type: unknown type '" + type + "'. Use person, organization, place or event.")));
        }
        return categories;
    }

    private Selection.ConstructQuery construct() throws IOException {
        if (!Files.isRegularFile(query)) {
            throw new UserInputException(query + ": no such query file. Give a .rq file with a SPARQL CONSTRUCT.");
        }
        try {
            return new Selection.ConstructQuery(query.toString(), Files.readString(query, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            throw new UserInputException(query + ": not UTF-8 text. Save the query file as UTF-8 text.", e);
        }
    }

    /** The registered export formats, for --help and shell completion. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Exporters.formats().iterator();
        }
    }

    /** Fails before any work when the output cannot be written: it is a folder, or its folder is missing. */
    private static void checkWritable(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        String why = Files.isDirectory(file) ? "it is a folder"
                : !Files.isDirectory(folder) ? "the folder '" + folder + "' does not exist"
                : !Files.isWritable(folder) ? "the folder '" + folder + "' is not writable" : null;
        if (why != null) {
            throw new UserInputException(file + ": cannot write the export here: " + why + ". Choose a writable "
                    + "file with -o.");
        }
    }

    /** Writes to a temporary file beside the output, then moves it in place: a failure leaves no partial file. */
    private void write(Exporter exporter, VizGraph graph) throws IOException {
        Path folder = output.toAbsolutePath().getParent();
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, ".newskg-export-", ".tmp");
        } catch (IOException e) {
            throw new UserInputException(output + ": cannot write the export here: " + e.getMessage()
                    + ". Choose a writable file with -o.", e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                exporter.write(graph, out);
            }
            Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
