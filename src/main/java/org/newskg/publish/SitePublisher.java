package org.newskg.publish;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.newskg.linkeddata.IriRewriter;
import org.newskg.linkeddata.ResourceDescriber;
import org.newskg.linkeddata.ResourceKind;
import org.newskg.rdf.NKG;
import org.newskg.store.KnowledgeStore;

/**
 * Writes a store as a static linked-data site: for every resource under the stored base, {@code .html},
 * {@code .ttl}, {@code .jsonld} and {@code .rdf} files at the path of its IRI relative to the base; an index page
 * per {@link ResourceKind}; {@code void.ttl} (VoID and DCAT); the ontology and its JSON-LD context; the dumps
 * {@code dump.nq.gz} and {@code dump.ttl}; and content-negotiation config for Apache httpd and nginx.
 *
 * <pre>{@code
 * PublishSummary s = SitePublisher.create().store(store).out(Path.of("site"))
 *         .rewriter(IriRewriter.of(storedBase, "https://data.example.org/")).build().publish();
 * }</pre>
 *
 * <p>Everything is read in one read transaction. A publisher is reusable but not thread-safe.
 */
public final class SitePublisher {
    private static final Pattern SAFE_PATH = Pattern.compile("(?:[A-Za-z0-9._~%-]+/)*[A-Za-z0-9_~%-][A-Za-z0-9._~%-]*");
    private static final String SITE_TITLE = "newskg";

    private final KnowledgeStore store;
    private final Path out;
    private final IriRewriter rewriter;
    private final Optional<String> endpoint;
    private final Consumer<String> progress;
    private final SiteFiles files;

    private SitePublisher(Builder b) {
        this.store = b.store;
        this.out = b.out;
        this.rewriter = b.rewriter;
        this.endpoint = Optional.ofNullable(b.endpoint);
        this.progress = b.progress;
        this.files = new SiteFiles(out);
    }

    public static Builder create() {
        return new Builder();
    }

    /** Writes the site; fails with a {@link PublishException} when the output directory cannot be written. */
    public PublishSummary publish() {
        long start = System.nanoTime();
        files.prepare();
        long[] counts = store.read(ds -> writeAll(ds.asDatasetGraph()));
        return new PublishSummary((int) counts[0], files.count(), files.bytes(), counts[1], counts[2], counts[3],
                Duration.ofNanos(System.nanoTime() - start));
    }

    private long[] writeAll(DatasetGraph dataset) {
        Graph union = dataset.getUnionGraph();
        List<String> resources = new ArrayList<>();
        for (String iri : ResourceDescriber.resources(union, rewriter.storedBase())) {
            if (SAFE_PATH.matcher(relative(rewriter.rewrite(iri))).matches()) {
                resources.add(iri);
            }
        }
        Set<String> pages = new HashSet<>();
        resources.forEach(iri -> pages.add(relative(rewriter.rewrite(iri))));
        Map<ResourceKind, List<IndexEntry>> indexes = new EnumMap<>(ResourceKind.class);
        int done = 0;
        for (String iri : resources) {
            writeResource(union, NodeFactory.createURI(iri), pages, indexes);
            if (++done % 100 == 0 || done == resources.size()) {
                progress.accept("Publishing: " + done + "/" + resources.size() + " resources");
            }
        }
        writeIndexes(indexes);
        long entities = countType(union, NKG.Entity.asNode());
        long articles = countType(union, NKG.Article.asNode());
        long triples = dataset.stream().count();
        files.write("void.ttl", o -> RioLib.write(VoidDescription.describe(rewriter.publicBase(),
                new VoidDescription.Counts(triples, entities, articles, resources.size()), endpoint),
                RDFFormat.TURTLE, o));
        progress.accept("Publishing: dumps");
        files.written(files.path("dump.nq.gz"), p -> DumpWriter.nquads(dataset, rewriter, p));
        files.written(files.path("dump.ttl"), p -> DumpWriter.turtle(dataset, rewriter, p));
        copyOntology();
        files.write(".htaccess", o -> text(o, ServerConfig.htaccess()));
        files.write("nginx.conf", o -> text(o, ServerConfig.nginx()));
        return new long[] {resources.size(), triples, entities, articles};
    }

    private void writeResource(Graph union, Node stored, Set<String> pages,
                               Map<ResourceKind, List<IndexEntry>> indexes) {
        Node resource = rewriter.rewrite(stored);
        String path = relative(resource.getURI());
        Graph description = rewriter.rewrite(ResourceDescriber.describe(union, stored));
        Optional<ResourceKind> kind = ResourceKind.of(union, stored);
        files.write(path + ".ttl", o -> RioLib.write(description, RDFFormat.TURTLE, o));
        JsonObject jsonLd = RioLib.jsonLd(description);
        files.write(path + ".jsonld", o -> RioLib.writeJson(jsonLd, true, o));
        files.write(path + ".rdf", o -> RioLib.write(description, RDFFormat.RDFXML, o));
        Optional<String> embedded = kind.map(k -> RioLib.embeddable(jsonLd, resource.getURI(),
                k.schemaType().getURI()));
        HtmlPages html = new HtmlPages(linker(path, pages), SITE_TITLE);
        String page = html.resource(resource, description, embedded, up(path) + "index.html");
        files.write(path + ".html", o -> text(o, page));
        kind.ifPresent(k -> indexes.computeIfAbsent(k, x -> new ArrayList<>())
                .add(new IndexEntry(new GraphView(description).label(resource), path)));
    }

    /** A line of an index page: the resource's label and the path of its page. */
    private record IndexEntry(String label, String path) {
    }

    private void writeIndexes(Map<ResourceKind, List<IndexEntry>> indexes) {
        HtmlPages html = new HtmlPages(iri -> Optional.empty(), SITE_TITLE);
        Map<ResourceKind, Integer> counts = new EnumMap<>(ResourceKind.class);
        for (ResourceKind kind : ResourceKind.values()) {
            Map<String, String> entries = new LinkedHashMap<>();
            indexes.getOrDefault(kind, List.of()).stream().sorted(Comparator.comparing(IndexEntry::label,
                    String.CASE_INSENSITIVE_ORDER).thenComparing(IndexEntry::path)).forEach(e -> entries.put(
                    entries.containsKey(e.label()) ? e.label() + " (" + e.path() + ")" : e.label(), e.path()
                    + ".html"));
            counts.put(kind, entries.size());
            files.write(kind.indexName() + ".html", o -> text(o, html.index(kind.title(), entries, "index.html")));
        }
        Map<String, String> downloads = new LinkedHashMap<>();
        downloads.put("Dataset description (VoID, DCAT)", "void.ttl");
        downloads.put("Dump, N-Quads (one graph per article), gzip", "dump.nq.gz");
        downloads.put("Dump, Turtle (all articles)", "dump.ttl");
        downloads.put("Ontology", "ontology/newskg.ttl");
        downloads.put("JSON-LD context", "ontology/context.jsonld");
        endpoint.ifPresent(e -> downloads.put("SPARQL endpoint", e));
        files.write("index.html", o -> text(o, html.home(counts, downloads)));
    }

    private Linker linker(String fromPath, Set<String> pages) {
        Path fromDir = Path.of(fromPath).getParent();
        return iri -> {
            if (!iri.startsWith(rewriter.publicBase())) {
                return Optional.empty();
            }
            String target = relative(iri);
            if (!pages.contains(target)) {
                return Optional.empty();
            }
            Path file = Path.of(target + ".html");
            return Optional.of((fromDir == null ? file : fromDir.relativize(file)).toString().replace('\\', '/'));
        };
    }

    private void copyOntology() {
        for (String name : List.of("ontology/newskg.ttl", "ontology/context.jsonld")) {
            files.write(name, o -> {
                try (InputStream in = SitePublisher.class.getClassLoader().getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException(name + " is missing from the classpath");
                    }
                    in.transferTo(o);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private String relative(String publicIri) {
        return publicIri.substring(rewriter.publicBase().length());
    }

    private static String up(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    private static long countType(Graph graph, Node type) {
        return graph.find(Node.ANY, RDF.type.asNode(), type).toSet().size();
    }

    private static void text(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings of a {@link SitePublisher}; {@link #build()} checks them. */
    public static final class Builder {
        private KnowledgeStore store;
        private Path out;
        private IriRewriter rewriter;
        private String endpoint;
        private Consumer<String> progress = line -> { };

        private Builder() {
        }

        public Builder store(KnowledgeStore store) {
            this.store = store;
            return this;
        }

        public Builder out(Path out) {
            this.out = out;
            return this;
        }

        /** From the store's base to the public base. */
        public Builder rewriter(IriRewriter rewriter) {
            this.rewriter = rewriter;
            return this;
        }

        /** The SPARQL endpoint named in the VoID description, if any. */
        public Builder endpoint(String endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /** Receives a progress line now and then. */
        public Builder progress(Consumer<String> progress) {
            this.progress = progress;
            return this;
        }

        public SitePublisher build() {
            if (store == null || out == null || rewriter == null) {
                throw new IllegalStateException("SitePublisher needs " + (store == null ? "store" : out == null
                        ? "out" : "rewriter"));
            }
            return new SitePublisher(this);
        }
    }
}
