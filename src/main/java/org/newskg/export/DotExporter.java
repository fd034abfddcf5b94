package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The graph as a Graphviz DOT digraph ({@code dot -Tsvg graph.gv > graph.svg}): nodes filled by category with the
 * label as text and the type and IRI as tooltip, edges labelled with the relation, role and status. Every id and
 * value is a double-quoted DOT string with its backslashes and quotes escaped, so any name renders as written.
 * Stateless and thread-safe.
 */
public final class DotExporter implements Exporter {
    private static final Map<Category, String> STYLE = Map.of(
            Category.Person, "shape=ellipse, fillcolor=\"#aec7e8\"",
            Category.Organization, "shape=box, fillcolor=\"#ffbb78\"",
            Category.Place, "shape=house, fillcolor=\"#98df8a\"",
            Category.Event, "shape=diamond, fillcolor=\"#ff9896\"");

    @Override
    public void write(VizGraph graph, OutputStream out) throws IOException {
        Writer dot = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        dot.write("digraph newskg {\n");
        dot.write("  graph [charset=\"UTF-8\", overlap=false];\n");
        dot.write("  node [style=filled, fontname=\"Helvetica\"];\n");
        dot.write("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        for (VizNode node : graph.nodes()) {
            dot.write("  " + quote(node.id()) + " [label=" + quote(node.label()) + ", " + STYLE.get(node.category())
                    + ", tooltip=" + quote(node.type() + " " + node.id()) + "];\n");
        }
        for (VizEdge edge : graph.edges()) {
            dot.write("  " + quote(edge.source()) + " -> " + quote(edge.target()) + " [label="
                    + quote(edgeLabel(edge)) + ", id=" + quote(edge.id())
                    + (edge.isAlleged() ? ", style=dashed" : "") + "];\n");
        }
        dot.write("}\n");
        dot.flush();
    }

    /** "leads (director, former)". */
    private static String edgeLabel(VizEdge edge) {
        List<String> details = new ArrayList<>();
        edge.role().ifPresent(details::add);
        edge.status().ifPresent(details::add);
        return details.isEmpty() ? edge.relation() : edge.relation() + " (" + String.join(", ", details) + ")";
    }

    /**
     * A DOT double-quoted string: a backslash is doubled (Graphviz reads label escapes such as \n after a
     * backslash), a double quote is escaped, an ampersand becomes {@code &amp;} (Graphviz reads entities such as
     * {@code &lt;} in strings), and a line break becomes the \n escape.
     */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '"' -> quoted.append("\\\"");
                case '&' -> quoted.append("&amp;");
                case '\n' -> quoted.append("\\n");
                case '\r' -> { }
                default -> quoted.append(c < ' ' ? ' ' : c);
            }
        }
        return quoted.append('"').toString();
    }
}
