package org.newskg.publish;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/** The VoID and DCAT description of a published dataset: counts, the SPARQL endpoint, the dumps, the ontology. */
final class VoidDescription {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCTERMS = "http://purl.org/dc/terms/";

    private VoidDescription() {
    }

    /** Counts of what was published. */
    record Counts(long triples, long entities, long articles, long resources) {
    }

    static Graph describe(String base, Counts counts, Optional<String> endpoint) {
        Graph g = GraphFactory.createDefaultGraph();
        Node dataset = iri(base + "void#dataset");
        add(g, dataset, RDF.type.asNode(), iri(VOID + "Dataset"));
        add(g, dataset, RDF.type.asNode(), iri(DCAT + "Dataset"));
        add(g, dataset, iri(DCTERMS + "title"), NodeFactory.createLiteralString("newskg knowledge graph"));
        add(g, dataset, iri(DCTERMS + "description"), NodeFactory.createLiteralString("People, organizations, "
                + "places, quotations, roles and events extracted from news articles, with provenance."));
        add(g, dataset, iri(DCTERMS + "modified"), NodeFactory.createLiteralDT(OffsetDateTime.now(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime));
        add(g, dataset, iri(VOID + "uriSpace"), NodeFactory.createLiteralString(base + "id/"));
        add(g, dataset, iri(VOID + "triples"), integer(counts.triples()));
        add(g, dataset, iri(VOID + "entities"), integer(counts.resources()));
        add(g, dataset, iri(VOID + "vocabulary"), iri("https://w3id.org/newskg/ns#"));
        add(g, dataset, iri(VOID + "rootResource"), iri(base + "index.html"));
        subset(g, dataset, base, "entities", counts.entities(), "https://w3id.org/newskg/ns#Entity");
        subset(g, dataset, base, "articles", counts.articles(), "https://w3id.org/newskg/ns#Article");
        dump(g, dataset, base + "dump.nq.gz", "application/n-quads", "application/gzip");
        dump(g, dataset, base + "dump.ttl", "text/turtle", null);
        add(g, dataset, iri(DCTERMS + "conformsTo"), iri(base + "ontology/newskg.ttl"));
        endpoint.ifPresent(e -> {
            add(g, dataset, iri(VOID + "sparqlEndpoint"), iri(e));
            Node service = iri(base + "void#sparql");
            add(g, service, RDF.type.asNode(), iri(DCAT + "DataService"));
            add(g, service, iri(DCAT + "endpointURL"), iri(e));
            add(g, service, iri(DCAT + "servesDataset"), dataset);
        });
        return g;
    }

    private static void subset(Graph g, Node dataset, String base, String name, long count, String type) {
        Node part = iri(base + "void#" + name);
        add(g, dataset, iri(VOID + "classPartition"), part);
        add(g, part, iri(VOID + "class"), iri(type));
        add(g, part, iri(VOID + "entities"), integer(count));
    }

    private static void dump(Graph g, Node dataset, String url, String mediaType, String compression) {
        add(g, dataset, iri(VOID + "dataDump"), iri(url));
        Node distribution = iri(url + "#distribution");
        add(g, dataset, iri(DCAT + "distribution"), distribution);
        add(g, distribution, RDF.type.asNode(), iri(DCAT + "Distribution"));
        add(g, distribution, iri(DCAT + "downloadURL"), iri(url));
        add(g, distribution, iri(DCAT + "mediaType"), iri("https://www.iana.org/assignments/media-types/"
                + mediaType));
        if (compression != null) {
            add(g, distribution, iri(DCAT + "compressFormat"), iri("https://www.iana.org/assignments/media-types/"
                    + compression));
        }
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
