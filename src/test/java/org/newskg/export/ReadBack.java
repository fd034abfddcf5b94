package org.newskg.export;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;

/**
 * An exported file as JGraphT's importers read it: an independent reader of GraphML and GEXF.
 *
 * @param nodes every node's attributes by its IRI (a GraphML node's {@code iri} attribute, a GEXF node's id)
 * @param edges every edge: its source, target and attributes
 */
record ReadBack(Map<String, Map<String, Attribute>> nodes, List<Edge> edges) {

    record Edge(String source, String target, Map<String, Attribute> attributes) {
        String value(String name) {
            Attribute attribute = attributes.get(name);
            return attribute == null ? null : attribute.getValue();
        }
    }

    static ReadBack graphMl(Path file) throws IOException {
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        return read(file, importer, importer);
    }

    /** GEXF by JGraphT's simple importer, which knows the 1.2 schema: the 1.3 file is read without validation. */
    static ReadBack gexf(Path file) throws IOException {
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        return read(file, importer, importer);
    }

    private static ReadBack read(Path file, GraphImporter<String, DefaultEdge> importer,
                                 BaseEventDrivenImporter<String, DefaultEdge> events) throws IOException {
        Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>directed()
                .allowingMultipleEdges(true).allowingSelfLoops(true).edgeClass(DefaultEdge.class)
                .weighted(true).buildGraph();
        Map<String, Map<String, Attribute>> nodes = new LinkedHashMap<>();
        Map<DefaultEdge, Map<String, Attribute>> edgeAttributes = new HashMap<>();
        events.addVertexAttributeConsumer((pair, attribute) -> nodes.computeIfAbsent(pair.getFirst(),
                k -> new HashMap<>()).put(pair.getSecond(), attribute));
        events.addEdgeAttributeConsumer((pair, attribute) -> edgeAttributes.computeIfAbsent(pair.getFirst(),
                k -> new HashMap<>()).put(pair.getSecond(), attribute));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importer.importGraph(graph, reader);
        }
        graph.vertexSet().forEach(v -> nodes.computeIfAbsent(v, k -> new HashMap<>()));
        Map<String, String> iris = new HashMap<>();
        nodes.forEach((id, attributes) -> iris.put(id, attributes.containsKey("iri")
                ? attributes.get("iri").getValue() : id));
        Map<String, Map<String, Attribute>> byIri = new LinkedHashMap<>();
        nodes.forEach((id, attributes) -> byIri.put(iris.get(id), attributes));
        List<Edge> edges = new ArrayList<>();
        for (DefaultEdge edge : graph.edgeSet()) {
            edges.add(new Edge(iris.get(graph.getEdgeSource(edge)), iris.get(graph.getEdgeTarget(edge)),
                    edgeAttributes.getOrDefault(edge, Map.of())));
        }
        return new ReadBack(byIri, edges);
    }

    String node(String id, String attribute) {
        Attribute value = nodes.get(id).get(attribute);
        return value == null ? null : value.getValue();
    }

    AttributeType nodeType(String id, String attribute) {
        return nodes.get(id).get(attribute).getType();
    }

    Edge edge(String source, String target, String relation) {
        return edges.stream().filter(e -> e.source().equals(source) && e.target().equals(target)
                && relation.equals(e.value("relation"))).findFirst().orElseThrow(() -> new AssertionError(
                        "no " + relation + " edge from " + source + " to " + target));
    }
}
