package org.newskg.publish;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.helpers.JSONLDMode;
import org.eclipse.rdf4j.rio.helpers.JSONLDSettings;
import org.eclipse.rdf4j.rio.turtle.TurtleWriterSettings;
import no.hasmac.jsonld.JsonLd;
import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.document.JsonDocument;

/**
 * Writes Jena graphs with RDF4J Rio: each Jena triple is converted to a Rio statement and handed to the Rio writer
 * as it is read, so no Rio model is built. JSON-LD is written expanded by Rio and compacted with newskg's own
 * context ({@code ontology/context.jsonld}) by the JSON-LD processor Rio uses.
 *
 * <p>Stateless and thread-safe.
 */
public final class RioLib {
    /** The prefixes Turtle and RDF/XML files declare when they use them. */
    public static final Map<String, String> PREFIXES = prefixes();
    private static final ValueFactory VALUES = SimpleValueFactory.getInstance();
    private static final String CONTEXT = "ontology/context.jsonld";
    private static final JsonObject CONTEXT_JSON = loadContext();

    private RioLib() {
    }

    private static Map<String, String> prefixes() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("nkg", "https://w3id.org/newskg/ns#");
        map.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        map.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        map.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        map.put("owl", "http://www.w3.org/2002/07/owl#");
        map.put("skos", "http://www.w3.org/2004/02/skos/core#");
        map.put("schema", "https://schema.org/");
        map.put("prov", "http://www.w3.org/ns/prov#");
        map.put("geo", "http://www.w3.org/2003/01/geo/wgs84_pos#");
        map.put("dcterms", "http://purl.org/dc/terms/");
        map.put("dcat", "http://www.w3.org/ns/dcat#");
        map.put("void", "http://rdfs.org/ns/void#");
        map.put("foaf", "http://xmlns.com/foaf/0.1/");
        return Map.copyOf(map);
    }

    /** The JSON-LD context newskg compacts with: the {@code @context} object of {@code ontology/context.jsonld}. */
    public static JsonObject context() {
        return CONTEXT_JSON;
    }

    /**
     * Writes the graph in the format (Turtle, RDF/XML, N-Triples ...), declaring the prefixes it uses. Literals keep
     * their lexical form (numbers are not abbreviated), so the file reads back as the same terms.
     */
    public static void write(Graph graph, RDFFormat format, OutputStream out) {
        RDFWriter writer = Rio.createWriter(format, out);
        writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true)
                .set(BasicWriterSettings.INLINE_BLANK_NODES, false)
                .set(TurtleWriterSettings.ABBREVIATE_NUMBERS, false);
        writer.startRDF();
        usedPrefixes(graph).forEach(writer::handleNamespace);
        graph.find().forEachRemaining(t -> writer.handleStatement(statement(t)));
        writer.endRDF();
    }

    /** The graph as JSON-LD compacted with newskg's context, the context given inline. */
    public static void writeJsonLd(Graph graph, OutputStream out) {
        writeJson(jsonLd(graph), true, out);
    }

    /** Writes a JSON document, indented or on one line. */
    public static void writeJson(JsonStructure json, boolean pretty, OutputStream out) {
        try {
            out.write(json(json, pretty).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The graph as a JSON-LD document compacted with newskg's context, which it carries inline. */
    public static JsonObject jsonLd(Graph graph) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFWriter writer = Rio.createWriter(RDFFormat.JSONLD, expanded);
        writer.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.EXPAND);
        writer.startRDF();
        graph.find().forEachRemaining(t -> writer.handleStatement(statement(t)));
        writer.endRDF();
        try {
            JsonDocument document = JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray()));
            JsonObject compacted = JsonLd.compact(document, JsonDocument.of(CONTEXT_JSON)).ordered(true).get();
            return Json.createObjectBuilder(compacted).add("@context", CONTEXT_JSON).build();
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot compact JSON-LD: " + e.getMessage(), e);
        }
    }

    /**
     * JSON-LD for a page's {@code <script type="application/ld+json">}: the resource's compacted description with
     * one more node giving the resource its schema.org type, so that search engines read it. One line.
     */
    public static String embeddable(JsonObject description, String resource, String schemaType) {
        JsonObject typed = Json.createObjectBuilder().add("@id", resource).add("@type", schemaType).build();
        var graph = Json.createArrayBuilder();
        if (description.containsKey("@graph")) {
            description.getJsonArray("@graph").forEach(graph::add);
        } else {
            graph.add(Json.createObjectBuilder(description).remove("@context"));
        }
        graph.add(typed);
        return json(Json.createObjectBuilder().add("@context", CONTEXT_JSON).add("@graph", graph).build(), false);
    }

    static String json(JsonStructure json, boolean pretty) {
        StringWriter text = new StringWriter();
        var factory = Json.createWriterFactory(pretty ? Map.of(JsonGenerator.PRETTY_PRINTING, true) : Map.of());
        try (var writer = factory.createWriter(text)) {
            writer.write(json);
        }
        return text.toString().strip() + "\n";
    }

    /** The Rio statement of a Jena triple. */
    public static Statement statement(Triple t) {
        return VALUES.createStatement((Resource) value(t.getSubject()), VALUES.createIRI(t.getPredicate().getURI()),
                value(t.getObject()));
    }

    /** The Rio value of a Jena node: IRI, blank node or literal (with its language or datatype). */
    public static Value value(Node node) {
        if (node.isURI()) {
            return VALUES.createIRI(node.getURI());
        }
        if (node.isBlank()) {
            return VALUES.createBNode(node.getBlankNodeLabel());
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            return lang == null || lang.isEmpty()
                    ? VALUES.createLiteral(node.getLiteralLexicalForm(), VALUES.createIRI(node.getLiteralDatatypeURI()))
                    : VALUES.createLiteral(node.getLiteralLexicalForm(), lang);
        }
        throw new IllegalArgumentException("not an RDF term: " + node);
    }

    private static Map<String, String> usedPrefixes(Graph graph) {
        Map<String, String> used = new LinkedHashMap<>();
        graph.getPrefixMapping().getNsPrefixMap().forEach(used::put);
        graph.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject(), datatype(t.getObject())}) {
                if (n != null && n.isURI()) {
                    PREFIXES.forEach((p, ns) -> {
                        if (n.getURI().startsWith(ns)) {
                            used.putIfAbsent(p, ns);
                        }
                    });
                }
            }
        });
        return used;
    }

    private static Node datatype(Node node) {
        return node.isLiteral() && node.getLiteralDatatypeURI() != null
                ? NodeFactory.createURI(node.getLiteralDatatypeURI()) : null;
    }

    private static JsonObject loadContext() {
        try (InputStream in = RioLib.class.getClassLoader().getResourceAsStream(CONTEXT)) {
            if (in == null) {
                throw new IllegalStateException(CONTEXT + " is missing from the classpath");
            }
            return Json.createReader(in).readObject().getJsonObject("@context");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
