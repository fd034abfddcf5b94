package org.newskg.publish;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.newskg.linkeddata.ResourceKind;

/**
 * One resource as the site shows it: its description under the public base, ready to be written as its HTML page or
 * as RDF. The page, the Turtle, JSON-LD, RDF/XML and N-Triples all come from the same description, so that
 * {@code publish} and {@code serve} give the same bytes for the same resource.
 *
 * <p>Made by {@link LinkedDataSite#document}; not thread-safe (the compacted JSON-LD is made once, on first use).
 */
public final class ResourceDocument {
    private final Node resource;
    private final String path;
    private final Graph description;
    private final Optional<ResourceKind> kind;
    private final Linker linker;
    private JsonObject jsonLd;

    ResourceDocument(Node resource, String path, Graph description, Optional<ResourceKind> kind, Linker linker) {
        this.resource = resource;
        this.path = path;
        this.description = description;
        this.kind = kind;
        this.linker = linker;
    }

    /** The resource's IRI under the public base. */
    public Node resource() {
        return resource;
    }

    /** The resource's path relative to the public base, e.g. {@code id/person/ana-costa}. */
    public String path() {
        return path;
    }

    /** The description, IRIs under the public base. */
    public Graph description() {
        return description;
    }

    /** Whether the store knows nothing of the resource. */
    public boolean isEmpty() {
        return description.isEmpty();
    }

    /** Writes the page or the description in the format. */
    public void write(ResourceFormat format, OutputStream out) {
        switch (format) {
            case HTML -> write(html(), out);
            case JSONLD -> RioLib.writeJson(jsonLd(), true, out);
            default -> LinkedDataSite.writeRdf(description, format, out);
        }
    }

    /** The HTML page: facts, roles, quotations with their sentences, events in date order, links. */
    public String html() {
        Optional<String> embedded = kind.map(k -> RioLib.embeddable(jsonLd(), resource.getURI(),
                k.schemaType().getURI()));
        String home = "../".repeat((int) path.chars().filter(c -> c == '/').count()) + LinkedDataSite.HOME;
        return new HtmlPages(linker, LinkedDataSite.SITE_TITLE).resource(resource, description, embedded, home);
    }

    private JsonObject jsonLd() {
        if (jsonLd == null) {
            jsonLd = RioLib.jsonLd(description);
        }
        return jsonLd;
    }

    static void write(String text, OutputStream out) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
