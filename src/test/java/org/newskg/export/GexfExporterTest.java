package org.newskg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.export.ExportFixtures.CARLSEN;
import static org.newskg.export.ExportFixtures.CARTEL;
import static org.newskg.export.ExportFixtures.CULIACAN;
import static org.newskg.export.ExportFixtures.JOAQUIN;
import static org.newskg.export.ExportFixtures.OVIDIO;
import static org.newskg.export.ExportFixtures.SMITH;
import static org.newskg.export.ExportFixtures.TRUMP;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.nio.AttributeType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The GEXF 1.3 export: read back by JGraphT and networkx, with its colours and the times Gephi's timeline shows. */
class GexfExporterTest {
    @TempDir
    static Path dir;
    static Path file;

    @BeforeAll
    static void export() throws IOException {
        VizGraph graph = ExportFixtures.wholeGraph(dir);
        file = dir.resolve("graph.gexf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new GexfExporter().write(graph, out);
        }
    }

    @Test
    void jgraphtReadsEveryNodeAndEdgeWithTypedAttributes() throws IOException {
        ReadBack read = ReadBack.gexf(file);

        assertThat(read.nodes()).hasSize(ExportFixtures.NODES);
        assertThat(read.edges()).hasSize(ExportFixtures.EDGES);
        assertThat(read.node(CULIACAN, "label")).isEqualTo("Culiacán");
        assertThat(read.node(CULIACAN, "type")).isEqualTo("City");
        assertThat(read.node(CULIACAN, "lon")).isEqualTo("-107.38972");
        assertThat(read.nodeType(CULIACAN, "lon")).isEqualTo(AttributeType.DOUBLE);
        assertThat(read.nodeType(TRUMP, "mentions")).isEqualTo(AttributeType.INT);
        assertThat(read.node(SMITH, "label")).isEqualTo(ExportFixtures.HOSTILE_NAME);
        ReadBack.Edge alleged = read.edge(OVIDIO, CARTEL, "leads");
        assertThat(alleged.value("status")).isEqualTo("alleged");
        assertThat(alleged.value("confidence")).isEqualTo("0.6");
    }

    @Test
    void networkxReadsTheCountsAttributesColoursAndTimes() throws Exception {
        ExternalTool python = ExternalTool.python(String.join("\n",
                "import sys, networkx as nx",
                "from networkx.readwrite import gexf",
                "v = dict(gexf.GEXF.versions['1.2draft'])",
                "v.update(NS_GEXF='http://gexf.net/1.3', NS_VIZ='http://gexf.net/1.3/viz', VERSION='1.3')",
                "gexf.GEXF.versions['1.3'] = v",
                "g = nx.read_gexf(sys.argv[1], version='1.3')",
                "print(g.number_of_nodes(), g.number_of_edges(), g.graph['mode'])",
                "c = g.nodes[sys.argv[2]]",
                "print(c['label'], c['category'], repr(c['lat']), repr(c['mentions']), c['viz']['color'])",
                "print(sorted((d['label'], d.get('start'), d.get('end')) for u, v, d in g.edges(data=True)"
                        + " if u == sys.argv[3]))"),
                file, CULIACAN, JOAQUIN);

        assertThat(python.exitCode()).as(python.err()).isZero();
        assertThat(python.lines()).containsExactly(ExportFixtures.NODES + " " + ExportFixtures.EDGES + " dynamic",
                "Culiacán Place 24.79944 1 {'r': 44, 'g': 160, 'b': 44, 'a': 1.0}",
                "[('leads', None, '2019-11-07')]");
    }

    @Test
    void edgesHoldFromEventDatesAndLeadershipStatuses() throws Exception {
        Document gexf = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(file.toFile());
        Element graph = (Element) gexf.getElementsByTagNameNS(GexfExporter.NS, "graph").item(0);

        assertThat(gexf.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
        assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
        assertThat(graph.getAttribute("timeformat")).isEqualTo("date");
        assertThat(time(gexf, JOAQUIN, CARTEL)).as("former: ends at the article").isEqualTo(List.of("", "2019-11-07"));
        assertThat(time(gexf, OVIDIO, CARTEL)).as("alleged: from the article").isEqualTo(List.of("2019-11-07", ""));
        assertThat(time(gexf, OVIDIO, ExportFixtures.ARTICLE_1 + "/event-1")).as("event: from its date")
                .isEqualTo(List.of("2019-10-17", ""));
        assertThat(time(gexf, CARLSEN, ExportFixtures.BASE + "id/organization/americas-program"))
                .as("undated article: always").isEqualTo(List.of("", ""));
    }

    /** The start and end of the first edge from source to target ("" when absent). */
    private static List<String> time(Document gexf, String source, String target) {
        NodeList edges = gexf.getElementsByTagNameNS(GexfExporter.NS, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            if (edge.getAttribute("source").equals(source) && edge.getAttribute("target").equals(target)) {
                return List.of(edge.getAttribute("start"), edge.getAttribute("end"));
            }
        }
        throw new AssertionError("no edge from " + source + " to " + target);
    }
}
