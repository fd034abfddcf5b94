package org.newskg.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The graph as Cytoscape.js elements JSON, the contract the HTML viewer reads:
 *
 * <pre>{@code
 * {"elements": {
 *   "nodes": [{"data": {"id", "label", "type", "category", "aliases": [], "sameAs": [], "lat"?, "lon"?,
 *                       "mentions", "facts": [{"property", "value"}], "quotes": [{"text", "evidence"?, "article"?}]}}],
 *   "edges": [{"data": {"id", "source", "target", "relation", "status"?, "role"?, "confidence"?, "date"?,
 *                       "evidence"?, "article"?}}]}}
 * }</pre>
 *
 * A key marked {@code ?} is left out when the graph has no value for it. Stateless and thread-safe.
 */
public final class CytoscapeExporter implements Exporter {
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(VizGraph graph, OutputStream out) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, toJson(graph));
    }

    /** The elements JSON as a tree, for callers that embed it (the HTML viewer, {@code serve /graph}). */
    public ObjectNode toJson(VizGraph graph) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        graph.nodes().forEach(node -> nodes.addObject().set("data", node(node)));
        ArrayNode edges = elements.putArray("edges");
        graph.edges().forEach(edge -> edges.addObject().set("data", edge(edge)));
        return root;
    }

    private static ObjectNode node(VizNode node) {
        ObjectNode data = JSON.createObjectNode();
        data.put("id", node.id());
        data.put("label", node.label());
        data.put("type", node.type());
        data.put("category", node.category().name());
        ArrayNode aliases = data.putArray("aliases");
        node.aliases().forEach(aliases::add);
        ArrayNode sameAs = data.putArray("sameAs");
        node.sameAs().forEach(sameAs::add);
        node.lat().ifPresent(lat -> data.put("lat", lat));
        node.lon().ifPresent(lon -> data.put("lon", lon));
        data.put("mentions", node.mentions());
        ArrayNode facts = data.putArray("facts");
        node.facts().forEach(f -> facts.addObject().put("property", f.property()).put("value", f.value()));
        ArrayNode quotes = data.putArray("quotes");
        for (NodeQuote quote : node.quotes()) {
            ObjectNode q = quotes.addObject().put("text", quote.text());
            putIfPresent(q, "evidence", quote.evidence());
            putIfPresent(q, "article", quote.article());
        }
        return data;
    }

    private static ObjectNode edge(VizEdge edge) {
        ObjectNode data = JSON.createObjectNode();
        data.put("id", edge.id());
        data.put("source", edge.source());
        data.put("target", edge.target());
        data.put("relation", edge.relation());
        putIfPresent(data, "status", edge.status());
        putIfPresent(data, "role", edge.role());
        edge.confidence().ifPresent(c -> data.put("confidence", c));
        putIfPresent(data, "date", edge.date());
        putIfPresent(data, "evidence", edge.evidence());
        putIfPresent(data, "article", edge.article());
        return data;
    }

    private static void putIfPresent(ObjectNode data, String key, Optional<String> value) {
        value.ifPresent(v -> data.put(key, v));
    }
}
