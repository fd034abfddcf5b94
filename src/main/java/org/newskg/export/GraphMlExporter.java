package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The graph as GraphML (http://graphml.graphdrawing.org/), directed, with a typed {@code <key>} declared for every
 * node and edge attribute ({@link Attribute}); a value that is absent is left out. GraphML ids are XML name tokens,
 * which IRIs are not, so nodes are {@code n0, n1, ...} with the IRI in their {@code iri} attribute, and edges
 * {@code e0, e1, ...} with their id in {@code id}. Written with StAX, which escapes every value. Stateless and
 * thread-safe.
 */
public final class GraphMlExporter implements Exporter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final List<Attribute<VizNode>> NODE = with(new Attribute<>("iri", "string",
            n -> Optional.of(n.id())), Attribute.NODE);
    private static final List<Attribute<VizEdge>> EDGE = with(new Attribute<>("id", "string",
            e -> Optional.of(e.id())), Attribute.EDGE);

    @Override
    public void write(VizGraph graph, OutputStream out) throws IOException {
        XmlLib.document(out, xml -> {
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            keys(xml, "node", NODE);
            keys(xml, "edge", EDGE);
            XmlLib.newline(xml, 1);
            xml.writeStartElement(NS, "graph");
            xml.writeAttribute("id", "newskg");
            xml.writeAttribute("edgedefault", "directed");
            Map<String, String> ids = new HashMap<>();
            for (VizNode node : graph.nodes()) {
                ids.put(node.id(), "n" + ids.size());
                XmlLib.newline(xml, 2);
                xml.writeStartElement(NS, "node");
                xml.writeAttribute("id", ids.get(node.id()));
                data(xml, "n_", NODE, node);
                XmlLib.newline(xml, 2);
                xml.writeEndElement();
            }
            int edges = 0;
            for (VizEdge edge : graph.edges()) {
                XmlLib.newline(xml, 2);
                xml.writeStartElement(NS, "edge");
                xml.writeAttribute("id", "e" + edges++);
                xml.writeAttribute("source", ids.get(edge.source()));
                xml.writeAttribute("target", ids.get(edge.target()));
                data(xml, "e_", EDGE, edge);
                XmlLib.newline(xml, 2);
                xml.writeEndElement();
            }
            XmlLib.newline(xml, 1);
            xml.writeEndElement();
            XmlLib.newline(xml, 0);
            xml.writeEndElement();
        });
    }

    private static <T> List<Attribute<T>> with(Attribute<T> first, List<Attribute<T>> rest) {
        List<Attribute<T>> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return List.copyOf(all);
    }

    private static <T> void keys(XMLStreamWriter xml, String kind, List<Attribute<T>> attributes)
            throws XMLStreamException {
        for (Attribute<T> attribute : attributes) {
            XmlLib.newline(xml, 1);
            xml.writeEmptyElement(NS, "key");
            xml.writeAttribute("id", kind.charAt(0) + "_" + attribute.name());
            xml.writeAttribute("for", kind);
            xml.writeAttribute("attr.name", attribute.name());
            xml.writeAttribute("attr.type", attribute.type());
        }
    }

    private static <T> void data(XMLStreamWriter xml, String prefix, List<Attribute<T>> attributes, T element)
            throws XMLStreamException {
        for (Attribute<T> attribute : attributes) {
            Optional<String> value = attribute.value().apply(element);
            if (value.isPresent()) {
                XmlLib.newline(xml, 3);
                xml.writeStartElement(NS, "data");
                xml.writeAttribute("key", prefix + attribute.name());
                xml.writeCharacters(XmlLib.clean(value.get()));
                xml.writeEndElement();
            }
        }
    }
}
