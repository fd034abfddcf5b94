package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newskg.store.ServerRecord;
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
            "QUERY is a query file if a file of that name exists (for example queries/leadership.rq), else the "
                + "query text itself when it reads as SPARQL (it starts with PREFIX, BASE, SELECT, ASK, CONSTRUCT or "
                + "DESCRIBE, or holds a '{'). A name ending in .rq or .sparql that is no file is an error.", ""})
final class QueryCommand implements Callable<Integer> {
    /** How SPARQL text starts, after any comments: a prologue or a query form. */
    private static final Pattern SPARQL_START = Pattern.compile(
            "(\\s*#[^\\n]*\\n)*\\s*(prefix|base|select|ask|construct|describe)\\b", Pattern.CASE_INSENSITIVE);

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Parameters(paramLabel = "QUERY", description = "An existing query file, else the SPARQL text.")
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
        Map<String, RDFNode> terms = terms();
        PrintWriter out = spec.commandLine().getOut();
        OutputStream stream = new WriterOutputStream(out);
        Optional<ServerRecord> server = Tdb2KnowledgeStore.servedBy(common.db);
        if (server.isPresent()) {
            spec.commandLine().getErr().println("newskg: note: " + common.db + " is served by 'newskg serve' "
                    + "(process " + server.get().pid() + ") at " + server.get().endpoint()
                    + "; running the query there.");
            QueryRunner.run(server.get(), source, terms, format, timeoutSeconds, stream);
        } else {
            try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openExisting(common.db)) {
                QueryRunner.run(store, source, terms, format, timeoutSeconds, stream);
            }
        }
        stream.flush();
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

    /** An existing file is read; otherwise text that reads as SPARQL is the query; anything else is an error. */
    private QueryRunner.Source source() throws IOException {
        Path file = fileNamed(query);
        if (file != null && Files.isRegularFile(file)) {
            try {
                return new QueryRunner.Source(query, Files.readString(file, StandardCharsets.UTF_8));
            } catch (CharacterCodingException e) {
                throw new UserInputException(query + ": not UTF-8 text. Save the query file as UTF-8 text.", e);
            }
        }
        String lower = query.strip().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".rq") || lower.endsWith(".sparql")) {
            throw new UserInputException(query + ": no such query file. Give a .rq file or the query text.");
        }
        if (!SPARQL_START.matcher(query).lookingAt() && !query.contains("{")) {
            throw new UserInputException("'" + cut(query) + "' is neither a query file nor SPARQL. Give an existing "
                    + ".rq file or the query text, e.g. 'SELECT * WHERE { ?s ?p ?o } LIMIT 10'.");
        }
        return new QueryRunner.Source("query", query);
    }

    private static Path fileNamed(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException notAPath) {
            return null;
        }
    }

    private static String cut(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
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
