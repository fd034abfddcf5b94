package org.newskg.export;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A node or edge attribute of the XML formats: its name, its XML Schema type and how to read it. One list of these
 * declares the GraphML keys and the GEXF attributes, so both formats carry the same attributes with the same types.
 *
 * @param name  the attribute's name (GraphML {@code attr.name}, GEXF {@code title} and {@code id})
 * @param type  "string", "double" or "int" (GraphML); GEXF spells int as "integer"
 * @param value the value of one element, absent when it has none
 */
record Attribute<T>(String name, String type, Function<T, Optional<String>> value) {
    static final List<Attribute<VizNode>> NODE = List.of(
            new Attribute<>("label", "string", n -> Optional.of(n.label())),
            new Attribute<>("type", "string", n -> Optional.of(n.type())),
            new Attribute<>("category", "string", n -> Optional.of(n.category().name())),
            new Attribute<>("aliases", "string", n -> nonEmpty(XmlLib.joined(n.aliases()))),
            new Attribute<>("sameAs", "string", n -> nonEmpty(String.join(" ", n.sameAs()))),
            new Attribute<>("lat", "double", n -> n.hasCoordinates()
                    ? Optional.of(XmlLib.number(n.lat().getAsDouble())) : Optional.empty()),
            new Attribute<>("lon", "double", n -> n.hasCoordinates()
                    ? Optional.of(XmlLib.number(n.lon().getAsDouble())) : Optional.empty()),
            new Attribute<>("mentions", "int", n -> Optional.of(Integer.toString(n.mentions()))),
            new Attribute<>("facts", "string", n -> nonEmpty(XmlLib.facts(n))),
            new Attribute<>("quotes", "string", n -> nonEmpty(XmlLib.quotes(n))));

    static final List<Attribute<VizEdge>> EDGE = List.of(
            new Attribute<>("relation", "string", e -> Optional.of(e.relation())),
            new Attribute<>("status", "string", VizEdge::status),
            new Attribute<>("role", "string", VizEdge::role),
            new Attribute<>("confidence", "double", e -> e.confidence().isPresent()
                    ? Optional.of(XmlLib.number(e.confidence().getAsDouble())) : Optional.empty()),
            new Attribute<>("date", "string", VizEdge::date),
            new Attribute<>("dateEnd", "string", VizEdge::dateEnd),
            new Attribute<>("evidence", "string", VizEdge::evidence),
            new Attribute<>("article", "string", VizEdge::article),
            new Attribute<>("articleDate", "string", VizEdge::articleDate));

    private static Optional<String> nonEmpty(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
