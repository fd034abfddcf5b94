package org.newskg.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.linkeddata.IriRewriter;
import org.newskg.linkeddata.ResourceKind;
import org.newskg.rdf.NKG;
import org.newskg.store.KnowledgeStore;

/**
 * Writes a store as a static linked-data site: for every resource under the stored base, {@code .html},
 * {@code .ttl}, {@code .jsonld} and {@code .rdf} files at the path of its IRI relative to the base; an index page
 * per {@link ResourceKind}; {@code void.ttl} (VoID and DCAT); the ontology and its JSON-LD context; the dumps
 * {@code dump.nq.gz} and {@code dump.ttl}; and content-negotiation config for Apache httpd and nginx. The pages and
 * files are those of {@link LinkedDataSite}, which {@code serve} answers requests with.
 *
 * <pre>{@code
 * PublishSummary s = SitePublisher.create().store(store).out(Path.of("site"))
 *         .rewriter(IriRewriter.of(storedBase, "https://data.example.org/")).build().publish();
 * }</pre>
 *
 * <p>Everything is read in one read transaction. A publisher is reusable but not thread-safe.
 */
public final class SitePublisher {
    /** The formats written for every resource; N-Triples is only served. */
    private static final List<ResourceFormat> PUBLISHED = List.of(ResourceFormat.HTML, ResourceFormat.TURTLE,
            ResourceFormat.JSONLD, ResourceFormat.RDFXML);

    private final KnowledgeStore store;
    private final LinkedDataSite site;
    private final Consumer<String> progress;
    private final SiteFiles files;

    private SitePublisher(Builder b) {
        this.store = b.store;
        this.site = new LinkedDataSite(b.rewriter, Optional.ofNullable(b.endpoint));
        this.progress = b.progress;
        this.files = new SiteFiles(b.out);
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
        List<String> resources = site.resources(union);
        Set<String> pages = new HashSet<>();
        resources.forEach(iri -> pages.add(site.pagePath(iri).orElseThrow()));
        int done = 0;
        for (String iri : resources) {
            writeResource(site.document(union, site.pagePath(iri).orElseThrow(), pages::contains));
            if (++done % 100 == 0 || done == resources.size()) {
                progress.accept("Publishing: " + done + "/" + resources.size() + " resources");
            }
        }
        Map<ResourceKind, Map<String, String>> indexes = site.indexes(union, resources);
        indexes.forEach((kind, entries) -> files.write(kind.indexName() + ".html", o -> text(o,
                site.indexPage(kind, entries))));
        files.write(LinkedDataSite.HOME, o -> text(o, site.homePage(indexes)));
        Graph voidGraph = site.voidDescription(dataset, resources.size());
        files.write(LinkedDataSite.VOID, o -> LinkedDataSite.writeRdf(voidGraph, ResourceFormat.TURTLE, o));
        progress.accept("Publishing: dumps");
        files.written(files.path(LinkedDataSite.NQUADS_DUMP), p -> DumpWriter.nquads(dataset, site.rewriter(), p));
        files.written(files.path(LinkedDataSite.TURTLE_DUMP), p -> DumpWriter.turtle(dataset, site.rewriter(), p));
        for (String name : List.of(LinkedDataSite.ONTOLOGY, LinkedDataSite.CONTEXT)) {
            files.write(name, o -> LinkedDataSite.copyResource(name, o));
        }
        files.write(".htaccess", o -> text(o, ServerConfig.htaccess()));
        files.write("nginx.conf", o -> text(o, ServerConfig.nginx()));
        long entities = LinkedDataSite.countType(union, NKG.Entity.asNode());
        long articles = LinkedDataSite.countType(union, NKG.Article.asNode());
        return new long[] {resources.size(), dataset.stream().count(), entities, articles};
    }

    /** The page and the Turtle, JSON-LD and RDF/XML files of one resource. */
    private void writeResource(ResourceDocument document) {
        for (ResourceFormat format : PUBLISHED) {
            files.write(document.path() + "." + format.extension(), o -> document.write(format, o));
        }
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
