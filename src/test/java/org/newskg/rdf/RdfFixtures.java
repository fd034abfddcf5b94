package org.newskg.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.FmtUtils;

/** Paths and loaders shared by the ontology, shapes and named-query tests. Files are read relative to the project. */
final class RdfFixtures {
    static final Path ONTOLOGY = Path.of("ontology", "newskg.ttl");
    static final Path SHAPES = Path.of("ontology", "shapes.ttl");
    static final Path QUERIES = Path.of("queries");
    static final Path DATASET = Path.of("src", "test", "resources", "rdf", "dataset.trig");

    static final String ID = "http://localhost:3030/newskg/id/";
    static final String ARTICLE_1 = ID + "article/aaaa000000000001";
    static final String ARTICLE_2 = ID + "article/bbbb000000000002";

    /** The prefixes used to print nodes in expected rows, as in {@code dataset.trig}. */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("nkg", NKG.NS)
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("art", ID + "article/")
            .setNsPrefix("a1", ARTICLE_1 + "/")
            .setNsPrefix("a1m", ARTICLE_1 + "/mention/")
            .setNsPrefix("a2", ARTICLE_2 + "/")
            .setNsPrefix("a2m", ARTICLE_2 + "/mention/")
            .setNsPrefix("person", ID + "person/")
            .setNsPrefix("organization", ID + "organization/")
            .setNsPrefix("place", ID + "place/")
            .setNsPrefix("geo", "http://www.w3.org/2003/01/geo/wgs84_pos#")
            .lock();

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9_-]*");

    private RdfFixtures() {
    }

    static Graph ontology() {
        return RDFParser.source(ONTOLOGY).lang(Lang.TURTLE).toGraph();
    }

    static Graph shapesGraph() {
        return RDFParser.source(SHAPES).lang(Lang.TURTLE).toGraph();
    }

    static Shapes shapes() {
        return Shapes.parse(shapesGraph());
    }

    /** The hand-written two-article dataset, in a fresh transactional in-memory dataset. */
    static DatasetGraph dataset() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(DATASET).lang(Lang.TRIG).parse(dsg);
        return dsg;
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A node as the expected rows write it: an IRI with the longest matching prefix of {@link #PREFIXES}
     * ({@code a1m:3}), a literal in Turtle form ({@code "Trump"}, {@code 7}), {@code -} when unbound.
     */
    static String show(Node node) {
        if (node == null) {
            return "-";
        }
        if (node.isURI()) {
            String uri = node.getURI();
            return PREFIXES.getNsPrefixMap().entrySet().stream()
                    .filter(e -> uri.startsWith(e.getValue()))
                    .filter(e -> LOCAL.matcher(uri.substring(e.getValue().length())).matches())
                    .max(Comparator.comparingInt(e -> e.getValue().length()))
                    .map(e -> e.getKey() + ":" + uri.substring(e.getValue().length()))
                    .orElse("<" + uri + ">");
        }
        return FmtUtils.stringForNode(node, PREFIXES);
    }
}
