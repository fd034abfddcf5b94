package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newskg.store.Tdb2KnowledgeStore;
import org.newskg.sys.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg query}: runs SPARQL over the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query over the whole graph (the union of all articles).", "",
            "QUERY is a .rq file (for example queries/leadership.rq) or the query text itself.", ""})
final class QueryCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Parameters(paramLabel = "QUERY", description = "A .rq file or inline SPARQL.")
    private String query;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). CSV and TSV follow "
                    + "the SPARQL 1.1 results formats, with a header row of the variable names.")
    private QueryRunner.Format format;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Bind the query variable ?NAME to VALUE, e.g. --param who=\"Maria Lindqvist\". A value in "
                    + "angle brackets (<https://...>) is an IRI, anything else a string. Values are bound as RDF "
                    + "terms, never pasted into the query text. Repeatable.")
    private Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up on a query after this many seconds (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Override
    public Integer call() throws IOException {
        QueryRunner.Source source = source();
        PrintWriter out = spec.commandLine().getOut();
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openExisting(common.db)) {
            OutputStream stream = new WriterOutputStream(out);
            QueryRunner.run(store, source, terms(), format, timeoutSeconds, stream);
            stream.flush();
        }
        return ExitCodes.OK;
    }

    private Map<String, RDFNode> terms() {
        Map<String, RDFNode> terms = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new UserInputException("--param " + name + "=...: '" + name + "' is not a SPARQL variable "
                        + "name. Use letters, digits and _, without the '?'.");
            }
            boolean iri = value.startsWith("<") && value.endsWith(">");
            terms.put(name, iri ? ResourceFactory.createResource(value.substring(1, value.length() - 1))
                    : ResourceFactory.createPlainLiteral(value));
        });
        return terms;
    }

    private QueryRunner.Source source() throws IOException {
        Path file = Path.of(query);
        boolean looksLikeFile = query.endsWith(".rq") || query.endsWith(".sparql") || !query.contains(" ");
        if (looksLikeFile) {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException(query + ": no such query file. Give a .rq file or the query text.");
            }
            try {
                return new QueryRunner.Source(query, Files.readString(file, StandardCharsets.UTF_8));
            } catch (CharacterCodingException e) {
                throw new UserInputException(query + ": not UTF-8 text. Save the query file as UTF-8 text.", e);
            }
        }
        return new QueryRunner.Source("query", query);
    }

    /** Bytes to a PrintWriter, so in-process callers capture results too. */
    private static final class WriterOutputStream extends OutputStream {
        private final PrintWriter writer;
        private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();

        WriterOutputStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
        }

        @Override
        public void flush() {
            writer.print(buffer.toString(StandardCharsets.UTF_8));
            writer.flush();
            buffer.reset();
        }
    }
}
