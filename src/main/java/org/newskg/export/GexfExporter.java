package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The graph as GEXF 1.3 (http://gexf.net/1.3) for Gephi: typed node and edge attributes ({@link Attribute}), nodes
 * coloured by category and sized by mentions ({@code viz:color}, {@code viz:size}), the confidence as edge weight,
 * and edge times ({@link GexfTime}) with {@code mode="dynamic"} and {@code timeformat="date"} when any edge has one,
 * so Gephi's timeline works. Written with StAX, which escapes every value. Stateless and thread-safe.
 */
public final class GexfExporter implements Exporter {
    static final String NS = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final Map<Category, int[]> COLORS = Map.of(
            Category.Person, new int[] {31, 119, 180},
            Category.Organization, new int[] {255, 127, 14},
            Category.Place, new int[] {44, 160, 44},
            Category.Event, new int[] {214, 39, 40});

    @Override
    public void write(VizGraph graph, OutputStream out) throws IOException {
        boolean dynamic = graph.edges().stream().anyMatch(e -> GexfTime.of(e).isTimed());
        XmlLib.document(out, xml -> {
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("viz", VIZ);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd");
            xml.writeAttribute("version", "1.3");
            XmlLib.newline(xml, 1);
            xml.writeStartElement(NS, "meta");
            xml.writeStartElement(NS, "creator");
            xml.writeCharacters("newskg");
            xml.writeEndElement();
            xml.writeEndElement();
            XmlLib.newline(xml, 1);
            xml.writeStartElement(NS, "graph");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("mode", dynamic ? "dynamic" : "static");
            if (dynamic) {
                xml.writeAttribute("timeformat", "date");
            }
            attributes(xml, "node", Attribute.NODE);
            attributes(xml, "edge", Attribute.EDGE);
            nodes(xml, graph.nodes());
            edges(xml, graph.edges());
            XmlLib.newline(xml, 1);
            xml.writeEndElement();
            XmlLib.newline(xml, 0);
            xml.writeEndElement();
        });
    }

    private static <T> void attributes(XMLStreamWriter xml, String kind, List<Attribute<T>> attributes)
            throws XMLStreamException {
        XmlLib.newline(xml, 2);
        xml.writeStartElement(NS, "attributes");
        xml.writeAttribute("class", kind);
        for (Attribute<T> attribute : attributes) {
            XmlLib.newline(xml, 3);
            xml.writeEmptyElement(NS, "attribute");
            xml.writeAttribute("id", attribute.name());
            xml.writeAttribute("title", attribute.name());
            xml.writeAttribute("type", attribute.type().equals("int") ? "integer" : attribute.type());
        }
        XmlLib.newline(xml, 2);
        xml.writeEndElement();
    }

    private static void nodes(XMLStreamWriter xml, List<VizNode> nodes) throws XMLStreamException {
        XmlLib.newline(xml, 2);
        xml.writeStartElement(NS, "nodes");
        for (VizNode node : nodes) {
            XmlLib.newline(xml, 3);
            xml.writeStartElement(NS, "node");
            xml.writeAttribute("id", XmlLib.clean(node.id()));
            xml.writeAttribute("label", XmlLib.clean(node.label()));
            attvalues(xml, Attribute.NODE, node);
            int[] rgb = COLORS.get(node.category());
            XmlLib.newline(xml, 4);
            xml.writeEmptyElement(VIZ, "color");
            xml.writeAttribute("r", Integer.toString(rgb[0]));
            xml.writeAttribute("g", Integer.toString(rgb[1]));
            xml.writeAttribute("b", Integer.toString(rgb[2]));
            XmlLib.newline(xml, 4);
            xml.writeEmptyElement(VIZ, "size");
            xml.writeAttribute("value", XmlLib.number(10.0 + Math.min(node.mentions(), 40)));
            XmlLib.newline(xml, 3);
            xml.writeEndElement();
        }
        XmlLib.newline(xml, 2);
        xml.writeEndElement();
    }

    private static void edges(XMLStreamWriter xml, List<VizEdge> edges) throws XMLStreamException {
        XmlLib.newline(xml, 2);
        xml.writeStartElement(NS, "edges");
        for (VizEdge edge : edges) {
            XmlLib.newline(xml, 3);
            xml.writeStartElement(NS, "edge");
            xml.writeAttribute("id", XmlLib.clean(edge.id()));
            xml.writeAttribute("source", XmlLib.clean(edge.source()));
            xml.writeAttribute("target", XmlLib.clean(edge.target()));
            xml.writeAttribute("label", edge.relation());
            if (edge.confidence().isPresent()) {
                xml.writeAttribute("weight", XmlLib.number(edge.confidence().getAsDouble()));
            }
            GexfTime time = GexfTime.of(edge);
            if (time.start().isPresent()) {
                xml.writeAttribute("start", time.start().get());
            }
            if (time.end().isPresent()) {
                xml.writeAttribute("end", time.end().get());
            }
            attvalues(xml, Attribute.EDGE, edge);
            XmlLib.newline(xml, 3);
            xml.writeEndElement();
        }
        XmlLib.newline(xml, 2);
        xml.writeEndElement();
    }

    private static <T> void attvalues(XMLStreamWriter xml, List<Attribute<T>> attributes, T element)
            throws XMLStreamException {
        XmlLib.newline(xml, 4);
        xml.writeStartElement(NS, "attvalues");
        for (Attribute<T> attribute : attributes) {
            Optional<String> value = attribute.value().apply(element);
            if (value.isPresent()) {
                XmlLib.newline(xml, 5);
                xml.writeEmptyElement(NS, "attvalue");
                xml.writeAttribute("for", attribute.name());
                xml.writeAttribute("value", XmlLib.clean(value.get()));
            }
        }
        XmlLib.newline(xml, 4);
        xml.writeEndElement();
    }
}
