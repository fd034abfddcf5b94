package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.linkeddata.ResourceKind;
import org.newskg.publish.LinkedDataSite;
import org.newskg.publish.ResourceDocument;
import org.newskg.publish.ResourceFormat;

/**
 * Serves the linked data of a store under the base path, straight from TDB2, each request in one read transaction:
 * <ul>
 *   <li>{@code id/...}: every resource newskg minted, by content negotiation on {@code Accept} (HTML page, Turtle,
 *       JSON-LD, RDF/XML, N-Triples; {@code ?format=ttl} or an extension such as {@code .ttl} overrides it), served
 *       directly with {@code Vary: Accept} and a {@code Content-Location} naming the variant; 404 for an IRI the
 *       store does not know, 406 when nothing offered is acceptable;</li>
 *   <li>{@code ontology} (negotiated; Turtle by default), {@code ontology/newskg.ttl}, {@code ontology/context.jsonld};
 *   </li>
 *   <li>{@code /.well-known/void} (negotiated), {@code .well-known/void} and {@code void.ttl} under the base: the VoID
 *       and DCAT description with counts read from the store;</li>
 *   <li>{@code dump.nq.gz} and {@code dump.ttl}, streamed to the response from the read transaction;</li>
 *   <li>{@code index.html} and an index page per kind ({@code people.html} ...).</li>
 * </ul>
 * {@code /ontology} and the dumps are also answered at the host's root when the base is below it.
 * Pages and descriptions are those {@code publish} writes ({@link LinkedDataSite}). Only GET and HEAD are allowed.
 */
final class LinkedDataServlet extends HttpServlet {
    /** The VoID description's well-known path (RFC 8615), at the root of the host. */
    static final String WELL_KNOWN_VOID = "/.well-known/void";
    private static final long serialVersionUID = 1L;
    private static final String ID = "id/";
    private static final String ONTOLOGY = "ontology";
    /** Also served at the host's root when the base is below it, for clients that look there. */
    static final List<String> ROOT_ALIASES = List.of("/" + ONTOLOGY, "/" + LinkedDataSite.NQUADS_DUMP,
            "/" + LinkedDataSite.TURTLE_DUMP);

    private final transient DatasetGraph dataset;
    private final String basePath;
    private final transient Supplier<LinkedDataSite> site;

    /** A read in a read transaction that writes a response. */
    @FunctionalInterface
    private interface Reading {
        void read(Graph union) throws IOException;
    }

    /** A resource path and the format its extension asks for, if it had one. */
    private record Target(String path, Optional<ResourceFormat> format) {
    }

    LinkedDataServlet(DatasetGraph dataset, String basePath, Supplier<LinkedDataSite> site) {
        this.dataset = dataset;
        this.basePath = basePath;
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(WELL_KNOWN_VOID)) {
            voidDescription(request, response, true);
        } else if (ROOT_ALIASES.contains(path)) {
            route(request, response, path.substring(1));
        } else if (!path.startsWith(basePath)) {
            notFound(response, path);
        } else {
            route(request, response, path.substring(basePath.length()));
        }
    }

    /** A dump's headers without reading the store: the servlet default would write the whole dump and drop it. */
    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response)
            throws IOException, jakarta.servlet.ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String relative = ROOT_ALIASES.contains(path) ? path.substring(1)
                : path.startsWith(basePath) ? path.substring(basePath.length()) : path;
        if (relative.equals(LinkedDataSite.NQUADS_DUMP) || relative.equals(LinkedDataSite.TURTLE_DUMP)) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(relative.equals(LinkedDataSite.NQUADS_DUMP) ? "application/gzip"
                    : contentType(ResourceFormat.TURTLE));
        } else {
            super.doHead(request, response);
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response, String relative)
            throws IOException {
        switch (relative) {
            case ".well-known/void" -> voidDescription(request, response, true);
            case LinkedDataSite.VOID -> voidDescription(request, response, false);
            case LinkedDataSite.NQUADS_DUMP -> read(union -> send(response, "application/gzip",
                    out -> site.get().writeNQuadsDump(dataset, out)));
            case LinkedDataSite.TURTLE_DUMP -> read(union -> send(response, contentType(ResourceFormat.TURTLE),
                    out -> site.get().writeTurtleDump(dataset, out)));
            case ONTOLOGY -> ontology(request, response);
            case LinkedDataSite.ONTOLOGY -> send(response, contentType(ResourceFormat.TURTLE),
                    out -> LinkedDataSite.copyResource(LinkedDataSite.ONTOLOGY, out));
            case LinkedDataSite.CONTEXT -> send(response, contentType(ResourceFormat.JSONLD),
                    out -> LinkedDataSite.copyResource(LinkedDataSite.CONTEXT, out));
            case LinkedDataSite.HOME -> read(union -> sendHtml(response, site.get().homePage(
                    site.get().indexes(union, site.get().resources(union)))));
            default -> other(request, response, relative);
        }
    }

    private void other(HttpServletRequest request, HttpServletResponse response, String relative)
            throws IOException {
        Optional<ResourceKind> index = Arrays.stream(ResourceKind.values())
                .filter(k -> relative.equals(k.indexName() + ".html")).findFirst();
        if (relative.startsWith(ID)) {
            resource(request, response, relative);
        } else if (index.isPresent()) {
            LinkedDataSite current = site.get();
            read(union -> sendHtml(response, current.indexPage(index.get(), current.indexes(union,
                    current.resources(union)).get(index.get()))));
        } else {
            notFound(response, basePath + relative);
        }
    }

    private void resource(HttpServletRequest request, HttpServletResponse response, String relative)
            throws IOException {
        LinkedDataSite current = site.get();
        read(union -> {
            Optional<Target> target = target(current, union, relative);
            if (target.isEmpty()) {
                notFound(response, basePath + relative);
                return;
            }
            Optional<ResourceFormat> format = target.get().format().isPresent() ? target.get().format()
                    : choose(request, response, Negotiation.RESOURCE);
            if (format.isEmpty()) {
                return;
            }
            ResourceDocument document = current.document(union, target.get().path());
            if (target.get().format().isEmpty()) {
                response.setHeader("Content-Location", variant(document.path(), format.get()));
            }
            send(response, contentType(format.get()), out -> document.write(format.get(), out));
        });
    }

    /** The resource a path names: the path itself, or the path without a format extension; raw or decoded. */
    private static Optional<Target> target(LinkedDataSite site, Graph union, String relative) {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(relative);
        decoded(relative).ifPresent(candidates::add);
        for (String candidate : candidates) {
            if (union.contains(site.stored(candidate), Node.ANY, Node.ANY)) {
                return Optional.of(new Target(candidate, Optional.empty()));
            }
            int dot = candidate.lastIndexOf('.');
            if (dot > candidate.lastIndexOf('/')) {
                String stripped = candidate.substring(0, dot);
                Optional<ResourceFormat> format = ResourceFormat.of(candidate.substring(dot + 1));
                if (format.isPresent() && union.contains(site.stored(stripped), Node.ANY, Node.ANY)) {
                    return Optional.of(new Target(stripped, format));
                }
            }
        }
        return Optional.empty();
    }

    private void ontology(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ResourceFormat> format = choose(request, response, Negotiation.RDF);
        if (format.isPresent()) {
            send(response, contentType(format.get()), out -> {
                if (format.get() == ResourceFormat.TURTLE) {
                    LinkedDataSite.copyResource(LinkedDataSite.ONTOLOGY, out);
                } else {
                    LinkedDataSite.writeRdf(LinkedDataSite.ontology(), format.get(), out);
                }
            });
        }
    }

    private void voidDescription(HttpServletRequest request, HttpServletResponse response, boolean negotiate)
            throws IOException {
        Optional<ResourceFormat> format = negotiate ? choose(request, response, Negotiation.RDF)
                : Optional.of(ResourceFormat.TURTLE);
        if (format.isPresent()) {
            LinkedDataSite current = site.get();
            read(union -> {
                Graph description = current.voidDescription(dataset, current.resources(union).size());
                send(response, contentType(format.get()), out -> LinkedDataSite.writeRdf(description, format.get(),
                        out));
            });
        }
    }

    /**
     * The format {@code ?format=} names, else the one {@code Accept} prefers among the offers; sets
     * {@code Vary: Accept}. Sends 400 (unknown {@code format}) or 406 and returns empty when there is none.
     */
    private static Optional<ResourceFormat> choose(HttpServletRequest request, HttpServletResponse response,
            List<ResourceFormat> offers) throws IOException {
        response.setHeader("Vary", "Accept");
        String asked = request.getParameter("format");
        if (asked != null) {
            Optional<ResourceFormat> format = ResourceFormat.of(asked).filter(offers::contains);
            if (format.isEmpty()) {
                error(response, HttpServletResponse.SC_BAD_REQUEST, "format: expected one of " + String.join(", ",
                        offers.stream().map(ResourceFormat::extension).toList()) + " but was '" + cut(asked) + "'.");
            }
            return format;
        }
        Optional<ResourceFormat> format = Negotiation.choose(request.getHeader("Accept"), offers);
        if (format.isEmpty()) {
            error(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable: this resource is available as "
                    + Negotiation.list(offers) + ". Change the Accept header or add ?format=.");
        }
        return format;
    }

    private void read(Reading reading) throws IOException {
        dataset.begin(ReadWrite.READ);
        try {
            reading.read(dataset.getUnionGraph());
        } finally {
            dataset.end();
        }
    }

    private static void send(HttpServletResponse response, String contentType,
            Consumer<OutputStream> body) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        OutputStream out = response.getOutputStream();
        try {
            body.accept(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private static void sendHtml(HttpServletResponse response, String html) throws IOException {
        send(response, contentType(ResourceFormat.HTML), out -> {
            try {
                out.write(html.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String contentType(ResourceFormat format) {
        return format == ResourceFormat.JSONLD ? format.mediaType() : format.mediaType() + "; charset=utf-8";
    }

    private static void notFound(HttpServletResponse response, String path) throws IOException {
        error(response, HttpServletResponse.SC_NOT_FOUND, "Not found: '" + cut(path) + "' names nothing in this "
                + "dataset. Check the IRI, or find resources with the SPARQL endpoint.");
    }

    /** A one-line plain-text error; plain text with {@code nosniff} ({@link SecurityHeaders}), never markup. */
    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The chosen variant relative to the resource: {@code ana-costa.ttl}, percent-encoded. */
    private static String variant(String path, ResourceFormat format) {
        String file = path.substring(path.lastIndexOf('/') + 1) + "." + format.extension();
        try {
            return new URI(null, null, file, null).toASCIIString();
        } catch (URISyntaxException e) {
            return file;
        }
    }

    private static Optional<String> decoded(String raw) {
        try {
            return Optional.ofNullable(URI.create("http://localhost/" + raw).getPath()).map(p -> p.substring(1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String cut(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
