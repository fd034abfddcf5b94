package org.newskg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOT export rendered by Graphviz: every node and edge drawn, every hostile name shown as written. */
class DotExporterTest {
    @TempDir
    static Path dir;
    static VizGraph graph;

    @BeforeAll
    static void select() {
        graph = ExportFixtures.wholeGraph(dir);
    }

    @Test
    void graphvizRendersTheFixtureAsSvg() throws Exception {
        Path file = write(graph);

        ExternalTool dot = ExternalTool.run(List.of("dot", "-Tsvg", file.toString()));

        assertThat(dot.exitCode()).as(dot.err()).isZero();
        assertThat(dot.err()).isEmpty();
        assertThat(dot.out()).contains("<svg");
        assertThat(count(dot.out(), "<g id=\"node")).isEqualTo(ExportFixtures.NODES);
        assertThat(count(dot.out(), "class=\"edge\"")).isEqualTo(ExportFixtures.EDGES);
        assertThat(dot.out()).contains("Smith &amp; &quot;Sons&quot; &lt;Ltd&gt; \\");
    }

    @Test
    void namesThatBreakNaiveQuotingRenderAsWritten() throws Exception {
        List<String> names = List.of("ends in a backslash \\", "a \"quoted\" word", "line\nbreak", "\\N \\G \\l",
                "-> ; } { [ ] = ,", "tab\tand\u0001control", "<html>&amp;</html>");
        List<VizNode> nodes = names.stream().map(n -> new VizNode("urn:x:" + n, n, "Person", Category.Person,
                List.of(), List.of(), OptionalDouble.empty(), OptionalDouble.empty(), 0, List.of(), List.of()))
                .toList();
        VizEdge edge = new VizEdge("urn:e\\\"", nodes.get(0).id(), nodes.get(1).id(), "leads", Optional.of("x\"y\\"),
                Optional.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        ExternalTool dot = ExternalTool.run(List.of("dot", "-Tsvg", write(new VizGraph(nodes, List.of(edge)))
                .toString()));

        assertThat(dot.exitCode()).as(dot.err()).isZero();
        assertThat(count(dot.out(), "<g id=\"node")).isEqualTo(names.size());
        assertThat(count(dot.out(), "class=\"edge\"")).isEqualTo(1);
        assertThat(dot.out()).contains("ends in a backslash \\", "a &quot;quoted&quot; word", "\\N \\G \\l",
                "&lt;html&gt;&amp;amp;&lt;/html&gt;", "leads (x&quot;y\\)");
    }

    @Test
    void quotingEscapesBackslashesQuotesAndLineBreaks() {
        assertThat(DotExporter.quote("a\\b\"c\nd&")).isEqualTo("\"a\\\\b\\\"c\\nd&amp;\"");
    }

    private static Path write(VizGraph graph) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DotExporter().write(graph, out);
        return Files.writeString(Files.createTempFile(dir, "graph", ".gv"), out.toString(StandardCharsets.UTF_8));
    }

    private static int count(String text, String what) {
        return (int) Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }
}
