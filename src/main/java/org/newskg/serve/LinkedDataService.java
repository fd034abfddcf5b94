package org.newskg.serve;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newskg.linkeddata.IriRewriter;
import org.newskg.publish.LinkedDataSite;
import org.newskg.rdf.NKG;

/**
 * Where the linked data goes in the server: the public base, the server path it maps to, and the
 * {@link LinkedDataSite} that the {@link LinkedDataServlet} answers with.
 *
 * <p>The public base is {@code --base}, or by default the server's own address with the dataset's path,
 * {@code http://localhost:PORT/newskg/}, known once the server has bound its port. A request's path is the public
 * IRI's path: with {@code --base https://data.example.org/kg/}, {@code /kg/id/person/ana-costa} is the resource
 * {@code https://data.example.org/kg/id/person/ana-costa}, which is the stored IRI with the public base replaced by
 * the stored one. A reverse proxy for the public host passes paths on unchanged. The SPARQL endpoint keeps its path,
 * so its public address is the base's origin with {@code /newskg/sparql}.
 *
 * <p>Thread-safe: the site is set once at start and read by request threads.
 */
final class LinkedDataService {
    private final DatasetGraph dataset;
    private final String storedBase;
    private final Optional<String> publicBase;
    private final String datasetName;
    private final AtomicReference<LinkedDataSite> site = new AtomicReference<>();

    LinkedDataService(DatasetGraph dataset, String storedBase, Optional<String> publicBase, String datasetName) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.storedBase = Objects.requireNonNull(storedBase, "storedBase");
        this.publicBase = publicBase.map(b -> b.endsWith("/") ? b : b + "/");
        this.datasetName = datasetName;
    }

    /** The server path of the public base, ending with {@code /}: {@code /newskg/} by default. */
    String basePath() {
        return publicBase.map(LinkedDataService::rawPath).orElse("/" + datasetName + "/");
    }

    /**
     * Adds the servlet for everything under the base path and, when the base is below the host's root, for
     * {@code /.well-known/void}, {@code /ontology} and the dumps at the root.
     */
    void mount(FusekiServer.Builder fuseki) {
        LinkedDataServlet servlet = new LinkedDataServlet(dataset, basePath(), this::site);
        String decoded = publicBase.map(b -> URI.create(b).getPath()).orElse(basePath());
        fuseki.addServlet((decoded.endsWith("/") ? decoded : decoded + "/") + "*", servlet);
        if (!basePath().equals("/")) {
            fuseki.addServlet(LinkedDataServlet.WELL_KNOWN_VOID, servlet);
            LinkedDataServlet.ROOT_ALIASES.forEach(path -> fuseki.addServlet(path, servlet));
        }
    }

    /** Fixes the public base once the port is known. */
    void start(int port, String endpointUrl) {
        String base = publicBase.orElse("http://localhost:" + port + "/" + datasetName + "/");
        String endpoint = publicBase.map(b -> origin(b) + "/" + datasetName + "/sparql").orElse(endpointUrl);
        site.set(new LinkedDataSite(IriRewriter.of(storedBase, base), Optional.of(endpoint)));
    }

    LinkedDataSite site() {
        LinkedDataSite current = site.get();
        if (current == null) {
            throw new IllegalStateException("LinkedDataService: the server is not started");
        }
        return current;
    }

    /** The public base, e.g. {@code http://localhost:3030/newskg/}. */
    String baseUrl() {
        return site().rewriter().publicBase();
    }

    /** The VoID description's address at the root of the base's host. */
    String voidUrl() {
        return origin(baseUrl()) + LinkedDataServlet.WELL_KNOWN_VOID;
    }

    /** The public IRI of one person (the first by IRI), else of any resource, if the store has one. */
    Optional<String> exampleResource() {
        LinkedDataSite current = site();
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            List<String> resources = current.resources(union);
            return resources.stream()
                    .filter(iri -> union.contains(NodeFactory.createURI(iri), RDF.type.asNode(), NKG.Person.asNode()))
                    .findFirst().or(() -> resources.stream().findFirst())
                    .map(iri -> current.rewriter().rewrite(iri));
        });
    }

    /** The address of a public IRI on this server: its path under {@code http://localhost:PORT}. */
    static String local(String publicIri, int port) {
        return "http://localhost:" + port + rawPath(publicIri);
    }

    private static String rawPath(String iri) {
        String path = URI.create(iri).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static String origin(String iri) {
        URI uri = URI.create(iri);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
