package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * The check before a bulk load: finds the N-Quads files, parses each one, and learns the article graphs they hold
 * and the base IRI those were minted under. Nothing is written, so bad input leaves the database untouched.
 *
 * @param files  the files, sorted by path
 * @param graphs the named graphs the files fill
 * @param quads  the quads in the files, duplicates included
 * @param base   the base IRI of the article graphs ({@code BASE id/article/ID})
 */
record NQuadsCheck(List<Path> files, Set<Node> graphs, long quads, String base) {
    private static final String ARTICLE = "id/article/";

    /** Checks the {@code .nq} and {@code .nq.gz} files among {@code inputs} (files or folders). */
    static NQuadsCheck of(List<Path> inputs) {
        List<Path> files = files(inputs);
        Set<Node> graphs = new LinkedHashSet<>();
        long quads = 0;
        for (Path file : files) {
            quads += parse(file, graphs);
        }
        return new NQuadsCheck(files, graphs, quads, base(graphs, files));
    }

    private static List<Path> files(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> listed = Files.list(input)) {
                    listed.filter(p -> Files.isRegularFile(p) && isNQuads(p)).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new StoreException(input + ": cannot list the folder: " + e.getMessage() + ".", e);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new StoreException(input + ": no such file or folder. Give the output folder of the Spark "
                        + "job or .nq files.");
            }
        }
        if (files.isEmpty()) {
            throw new StoreException(String.join(", ", inputs.stream().map(Path::toString).toList())
                    + ": no .nq files. Give the output folder of the Spark job (part-*.nq) or .nq files.");
        }
        return files;
    }

    private static boolean isNQuads(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".nq") || name.endsWith(".nq.gz");
    }

    private static long parse(Path file, Set<Node> graphs) {
        long[] count = {0};
        try {
            RDFParser.source(file).lang(Lang.NQUADS).errorHandler(STRICT).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    count[0]++;
                    if (quad.isDefaultGraph()) {
                        throw new StoreException(file + ": statement " + count[0] + " is in the default graph, "
                                + "but every statement must be in its article's named graph. Regenerate the file "
                                + "with the Spark job.");
                    }
                    graphs.add(quad.getGraph());
                }

                @Override
                public void triple(org.apache.jena.graph.Triple triple) {
                    quad(Quad.create(Quad.defaultGraphNodeGenerated, triple));
                }
            });
        } catch (RiotParseException e) {
            throw new StoreException(file + " [line " + e.getLine() + ", col " + e.getCol() + "]: "
                    + e.getOriginalMessage() + ". Fix the file or regenerate it with the Spark job; nothing was "
                    + "loaded.", e);
        } catch (RiotException e) {
            throw new StoreException(file + ": " + e.getMessage() + ". Nothing was loaded.", e);
        }
        return count[0];
    }

    private static String base(Set<Node> graphs, List<Path> files) {
        Set<String> bases = new LinkedHashSet<>();
        for (Node graph : graphs) {
            int cut = graph.isURI() ? graph.getURI().lastIndexOf(ARTICLE) : -1;
            if (cut <= 0) {
                throw new StoreException(files.get(0).getParent() + ": graph <" + graph + "> is not a newskg "
                        + "article graph (BASE" + ARTICLE + "ID). Load only what the Spark job or publish wrote.");
            }
            bases.add(graph.getURI().substring(0, cut));
        }
        if (bases.size() > 1) {
            throw new StoreException("the files mix article graphs of several base IRIs: " + bases
                    + ". Load the output of one base at a time into its own --db.");
        }
        if (bases.isEmpty()) {
            throw new StoreException(files.get(0) + (files.size() > 1 ? " and the other files" : "")
                    + ": no quads. Check that the Spark job wrote articles (see its _summary.json).");
        }
        return bases.iterator().next();
    }

    /** Errors stop the parse with their line and column; warnings (such as unusual IRIs) do not. */
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };
}
