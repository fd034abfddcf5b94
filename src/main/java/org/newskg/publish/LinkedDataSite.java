package org.newskg.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.newskg.linkeddata.IriRewriter;
import org.newskg.linkeddata.ResourceDescriber;
import org.newskg.linkeddata.ResourceKind;
import org.newskg.rdf.NKG;

/**
 * The linked-data site over a store, shared by {@code publish} (which writes it to files) and {@code serve} (which
 * answers requests with it): the paths of resources under the public base, each resource's page and description,
 * the index pages, the VoID description, the dumps and the ontology. Every method that takes a graph or dataset
 * reads it, so call it inside a read transaction.
 *
 * <pre>{@code
 * LinkedDataSite site = new LinkedDataSite(IriRewriter.of(storedBase, "https://data.example.org/"), Optional.empty());
 * ResourceDocument doc = site.document(union, "id/person/ana-costa");
 * doc.write(ResourceFormat.TURTLE, out);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LinkedDataSite {
    /** The title of every page. */
    static final String SITE_TITLE = "newskg";
    /** The home page, relative to the base. */
    public static final String HOME = "index.html";
    /** The VoID description, relative to the base. */
    public static final String VOID = "void.ttl";
    /** The gzipped N-Quads dump, relative to the base. */
    public static final String NQUADS_DUMP = "dump.nq.gz";
    /** The Turtle dump, relative to the base. */
    public static final String TURTLE_DUMP = "dump.ttl";
    /** The ontology in Turtle, relative to the base. */
    public static final String ONTOLOGY = "ontology/newskg.ttl";
    /** The JSON-LD context, relative to the base. */
    public static final String CONTEXT = "ontology/context.jsonld";
    /** A resource path that is also a file name: ASCII letters, digits and {@code ._~%-}, no dot segments. */
    private static final Pattern SAFE_PATH = Pattern.compile("(?:[A-Za-z0-9._~%-]+/)*[A-Za-z0-9_~%-][A-Za-z0-9._~%-]*");

    private final IriRewriter rewriter;
    private final Optional<String> endpoint;

    /** A site presenting the store's IRIs as {@code rewriter} says; {@code endpoint} is named in VoID. */
    public LinkedDataSite(IriRewriter rewriter, Optional<String> endpoint) {
        this.rewriter = Objects.requireNonNull(rewriter, "rewriter");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    public IriRewriter rewriter() {
        return rewriter;
    }

    /** The path under the public base of a stored IRI, if it is one and can be a file name. */
    public Optional<String> pagePath(String storedIri) {
        String iri = rewriter.rewrite(storedIri);
        if (!iri.startsWith(rewriter.publicBase())) {
            return Optional.empty();
        }
        String path = iri.substring(rewriter.publicBase().length());
        return SAFE_PATH.matcher(path).matches() ? Optional.of(path) : Optional.empty();
    }

    /** The stored IRI of a path under the public base. */
    public Node stored(String path) {
        return NodeFactory.createURI(rewriter.storedBase() + path);
    }

    /** The stored IRIs of the resources that have pages, sorted. */
    public List<String> resources(Graph union) {
        return ResourceDescriber.resources(union, rewriter.storedBase()).stream()
                .filter(iri -> pagePath(iri).isPresent()).toList();
    }

    /** Whether the path is a page: a safe path whose stored IRI is the subject of a triple. */
    public boolean hasPage(Graph union, String path) {
        return SAFE_PATH.matcher(path).matches() && union.contains(stored(path), Node.ANY, Node.ANY);
    }

    /** The resource at the path, linking to the pages that exist in the store. */
    public ResourceDocument document(Graph union, String path) {
        return document(union, path, p -> hasPage(union, p));
    }

    /** The resource at the path, linking to the paths {@code isPage} accepts. */
    public ResourceDocument document(Graph union, String path, Predicate<String> isPage) {
        Node stored = stored(path);
        Graph description = rewriter.rewrite(ResourceDescriber.describe(union, stored));
        return new ResourceDocument(rewriter.rewrite(stored), path, description, ResourceKind.of(union, stored),
                linker(path, isPage));
    }

    /** Links from the page at {@code fromPath} to other pages of the site, relative, with {@code .html}. */
    private Linker linker(String fromPath, Predicate<String> isPage) {
        Path fromDir = Path.of(fromPath).getParent();
        return iri -> {
            if (!iri.startsWith(rewriter.publicBase())) {
                return Optional.empty();
            }
            String target = iri.substring(rewriter.publicBase().length());
            if (!isPage.test(target)) {
                return Optional.empty();
            }
            Path file = Path.of(target + ".html");
            return Optional.of((fromDir == null ? file : fromDir.relativize(file)).toString().replace('\\', '/'));
        };
    }

    /** For each kind, its resources' labels and page links, sorted by label ("label (path)" when two share one). */
    public Map<ResourceKind, Map<String, String>> indexes(Graph union, List<String> resources) {
        record Entry(String label, String path) {
        }
        GraphView view = new GraphView(union);
        Map<ResourceKind, List<Entry>> byKind = new EnumMap<>(ResourceKind.class);
        for (String iri : resources) {
            Node stored = NodeFactory.createURI(iri);
            ResourceKind.of(union, stored).ifPresent(k -> byKind.computeIfAbsent(k, x -> new ArrayList<>())
                    .add(new Entry(view.label(stored), pagePath(iri).orElseThrow())));
        }
        Map<ResourceKind, Map<String, String>> indexes = new EnumMap<>(ResourceKind.class);
        for (ResourceKind kind : ResourceKind.values()) {
            Map<String, String> entries = new LinkedHashMap<>();
            byKind.getOrDefault(kind, List.of()).stream().sorted(Comparator.comparing(Entry::label,
                    String.CASE_INSENSITIVE_ORDER).thenComparing(Entry::path)).forEach(e -> entries.put(
                    entries.containsKey(e.label()) ? e.label() + " (" + e.path() + ")" : e.label(), e.path()
                    + ".html"));
            indexes.put(kind, entries);
        }
        return indexes;
    }

    /** The index page of a kind, e.g. {@code people.html}. */
    public String indexPage(ResourceKind kind, Map<String, String> entries) {
        return pages().index(kind.title(), entries, HOME);
    }

    /** The home page: the index pages with their counts, the dataset's files and the SPARQL endpoint. */
    public String homePage(Map<ResourceKind, Map<String, String>> indexes) {
        Map<ResourceKind, Integer> counts = new EnumMap<>(ResourceKind.class);
        indexes.forEach((kind, entries) -> counts.put(kind, entries.size()));
        Map<String, String> downloads = new LinkedHashMap<>();
        downloads.put("Dataset description (VoID, DCAT)", VOID);
        downloads.put("Dump, N-Quads (one graph per article), gzip", NQUADS_DUMP);
        downloads.put("Dump, Turtle (all articles)", TURTLE_DUMP);
        downloads.put("Ontology", ONTOLOGY);
        downloads.put("JSON-LD context", CONTEXT);
        endpoint.ifPresent(e -> downloads.put("SPARQL endpoint", e));
        return pages().home(counts, downloads);
    }

    private static HtmlPages pages() {
        return new HtmlPages(iri -> Optional.empty(), SITE_TITLE);
    }

    /** The VoID and DCAT description: triple, entity, article and resource counts, endpoint, dumps, ontology. */
    public Graph voidDescription(DatasetGraph dataset, long resources) {
        Graph union = dataset.getUnionGraph();
        long triples = dataset.stream().count();
        return VoidDescription.describe(rewriter.publicBase(), new VoidDescription.Counts(triples,
                countType(union, NKG.Entity.asNode()), countType(union, NKG.Article.asNode()), resources), endpoint);
    }

    static long countType(Graph graph, Node type) {
        return graph.find(Node.ANY, RDF.type.asNode(), type).toSet().size();
    }

    /** Every article graph as gzipped N-Quads, IRIs rewritten, streamed quad by quad. */
    public void writeNQuadsDump(DatasetGraph dataset, OutputStream out) {
        DumpWriter.nquads(dataset, rewriter, out);
    }

    /** The union of the article graphs as Turtle, IRIs rewritten, streamed triple by triple. */
    public void writeTurtleDump(DatasetGraph dataset, OutputStream out) {
        DumpWriter.turtle(dataset, rewriter, out);
    }

    /** Writes a graph in an RDF format; JSON-LD is compacted with newskg's context. */
    public static void writeRdf(Graph graph, ResourceFormat format, OutputStream out) {
        switch (format) {
            case TURTLE -> RioLib.write(graph, RDFFormat.TURTLE, out);
            case RDFXML -> RioLib.write(graph, RDFFormat.RDFXML, out);
            case NTRIPLES -> RioLib.write(graph, RDFFormat.NTRIPLES, out);
            case JSONLD -> RioLib.writeJsonLd(graph, out);
            case HTML -> throw new IllegalArgumentException("HTML is not an RDF format");
        }
    }

    /** The ontology ({@code ontology/newskg.ttl}) as a graph, parsed once on first use; do not change it. */
    public static Graph ontology() {
        return OntologyHolder.GRAPH;
    }

    private static final class OntologyHolder {
        static final Graph GRAPH = RDFParser.fromString(text(ONTOLOGY), Lang.TURTLE).toGraph();
    }

    /** Copies a file newskg ships, {@link #ONTOLOGY} or {@link #CONTEXT}, unchanged. */
    public static void copyResource(String name, OutputStream out) {
        try (InputStream in = LinkedDataSite.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copyResource(name, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
