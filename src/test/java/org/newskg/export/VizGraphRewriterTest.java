package org.newskg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.linkeddata.IriRewriter;

/** {@code export --base}: the store's IRIs presented under a public base, other IRIs kept. */
class VizGraphRewriterTest {
    private static final String PUBLIC = "https://data.example.org/kg/";

    @TempDir
    Path dir;

    @Test
    void rewritesNodesEdgeEndsAndArticlesButNotForeignIris() {
        VizGraph graph = ExportFixtures.wholeGraph(dir);

        VizGraph rewritten = new VizGraphRewriter(IriRewriter.of(ExportFixtures.BASE, PUBLIC)).rewrite(graph);

        assertThat(rewritten.nodes()).hasSameSizeAs(graph.nodes()).extracting(VizNode::id)
                .allSatisfy(id -> assertThat(id).startsWith(PUBLIC))
                .contains(PUBLIC + "id/person/ovidio-guzman");
        assertThat(rewritten.edges()).hasSameSizeAs(graph.edges()).allSatisfy(e -> {
            assertThat(e.source()).startsWith(PUBLIC);
            assertThat(e.target()).startsWith(PUBLIC);
            e.article().ifPresent(a -> assertThat(a).startsWith(PUBLIC + "id/article/"));
        });
        assertThat(rewritten.nodes()).flatExtracting(VizNode::quotes).isNotEmpty()
                .allSatisfy(q -> q.article().ifPresent(a -> assertThat(a).startsWith(PUBLIC)));
        assertThat(rewritten.nodes()).flatExtracting(VizNode::sameAs)
                .containsExactlyInAnyOrderElementsOf(graph.nodes().stream().flatMap(n -> n.sameAs().stream())
                        .toList());
    }
}
