package org.newskg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.export.ExportFixtures.CARTEL;
import static org.newskg.export.ExportFixtures.CULIACAN;
import static org.newskg.export.ExportFixtures.JOAQUIN;
import static org.newskg.export.ExportFixtures.SMITH;
import static org.newskg.export.ExportFixtures.TRUMP;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jgrapht.nio.AttributeType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GraphML export read back by JGraphT and by networkx, with the counts and attributes as written. */
class GraphMlExporterTest {
    @TempDir
    static Path dir;
    static Path file;

    @BeforeAll
    static void export() throws IOException {
        VizGraph graph = ExportFixtures.wholeGraph(dir);
        file = dir.resolve("graph.graphml");
        try (OutputStream out = Files.newOutputStream(file)) {
            new GraphMlExporter().write(graph, out);
        }
    }

    @Test
    void jgraphtReadsEveryNodeAndEdgeWithTypedAttributes() throws IOException {
        ReadBack read = ReadBack.graphMl(file);

        assertThat(read.nodes()).hasSize(ExportFixtures.NODES);
        assertThat(read.edges()).hasSize(ExportFixtures.EDGES);
        assertThat(read.node(CULIACAN, "label")).isEqualTo("Culiacán");
        assertThat(read.node(CULIACAN, "type")).isEqualTo("City");
        assertThat(read.node(CULIACAN, "category")).isEqualTo("Place");
        assertThat(read.node(CULIACAN, "lat")).isEqualTo("24.79944");
        assertThat(read.nodeType(CULIACAN, "lat")).isEqualTo(AttributeType.DOUBLE);
        assertThat(read.node(TRUMP, "mentions")).isEqualTo("2");
        assertThat(read.nodeType(TRUMP, "mentions")).isEqualTo(AttributeType.INT);
        assertThat(read.node(TRUMP, "sameAs")).contains("https://en.wikipedia.org/wiki/Donald_Trump");
        assertThat(read.node(TRUMP, "lat")).isNull();
        assertThat(read.node(SMITH, "label")).isEqualTo(ExportFixtures.HOSTILE_NAME);
        ReadBack.Edge former = read.edge(JOAQUIN, CARTEL, "leads");
        assertThat(former.value("status")).isEqualTo("former");
        assertThat(former.value("role")).isEqualTo("leader");
        assertThat(former.value("confidence")).isEqualTo("0.85");
        assertThat(former.attributes().get("confidence").getType()).isEqualTo(AttributeType.DOUBLE);
        assertThat(former.value("article")).isEqualTo(ExportFixtures.ARTICLE_1);
    }

    @Test
    void networkxReadsTheSameCountsAndAttributes() throws Exception {
        ExternalTool python = ExternalTool.python(String.join("\n",
                "import sys, networkx as nx",
                "g = nx.read_graphml(sys.argv[1])",
                "print(g.number_of_nodes(), g.number_of_edges())",
                "by_iri = {d['iri']: d for _, d in g.nodes(data=True)}",
                "c = by_iri[sys.argv[2]]",
                "print(c['label'], c['type'], repr(c['lat']), repr(c['lon']), repr(c['mentions']))",
                "print(by_iri[sys.argv[3]]['label'])",
                "print(sorted(set(d['relation'] for _, _, d in g.edges(data=True))))"),
                file, CULIACAN, SMITH);

        assertThat(python.exitCode()).as(python.err()).isZero();
        assertThat(python.lines()).containsExactly(ExportFixtures.NODES + " " + ExportFixtures.EDGES,
                "Culiacán City 24.79944 -107.38972 1", ExportFixtures.HOSTILE_NAME,
                "['childOf', 'happenedIn', 'leads', 'locatedIn', 'memberOf', 'participatesIn', 'quoted', "
                        + "'spouseOf']");
    }
}
