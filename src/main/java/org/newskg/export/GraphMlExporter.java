package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The graph as GraphML (http://graphml.graphdrawing.org/), directed, with a typed {@code <key>} declared for every
 * node and edge attribute ({@link Attribute}); a value that is absent is left out. Node ids are the IRIs. Written
 * with StAX, which escapes every value. Stateless and thread-safe.
 */
public final class GraphMlExporter implements Exporter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    @Override
    public void write(VizGraph graph, OutputStream out) throws IOException {
        XmlLib.document(out, xml -> {
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            keys(xml, "node", Attribute.NODE);
            keys(xml, "edge", Attribute.EDGE);
            XmlLib.newline(xml, 1);
            xml.writeStartElement(NS, "graph");
            xml.writeAttribute("id", "newskg");
            xml.writeAttribute("edgedefault", "directed");
            for (VizNode node : graph.nodes()) {
                XmlLib.newline(xml, 2);
                xml.writeStartElement(NS, "node");
                xml.writeAttribute("id", XmlLib.clean(node.id()));
                data(xml, "n_", Attribute.NODE, node);
                XmlLib.newline(xml, 2);
                xml.writeEndElement();
            }
            for (VizEdge edge : graph.edges()) {
                XmlLib.newline(xml, 2);
                xml.writeStartElement(NS, "edge");
                xml.writeAttribute("id", XmlLib.clean(edge.id()));
                xml.writeAttribute("source", XmlLib.clean(edge.source()));
                xml.writeAttribute("target", XmlLib.clean(edge.target()));
                data(xml, "e_", Attribute.EDGE, edge);
                XmlLib.newline(xml, 2);
                xml.writeEndElement();
            }
            XmlLib.newline(xml, 1);
            xml.writeEndElement();
            XmlLib.newline(xml, 0);
            xml.writeEndElement();
        });
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
