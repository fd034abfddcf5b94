package org.newskg.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The viewer page as text: what goes in, where, and escaped how. */
class ViewerPageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE = "</script><script>alert(1)</script><!-- & \u2028\u2029";

    @Test
    void jsonForAScriptElementCannotEndItAndParsesToTheSameValue() throws IOException {
        String json = JSON.writeValueAsString(java.util.Map.of("label", HOSTILE));

        String escaped = ScriptLib.json(json);

        assertThat(escaped).doesNotContain("<", ">", "&", "\u2028", "\u2029")
                .contains("\\u003c/script\\u003e", "\\u0026", "\\u2028", "\\u2029");
        assertThat(JSON.readTree(escaped).get("label").asText()).isEqualTo(HOSTILE);
    }

    @Test
    void javascriptForAScriptElementHidesItsEndTags() {
        assertThat(ScriptLib.javascript("var s = '</SCRIPT>' + '<!--';")).isEqualTo("var s = '<\\/SCRIPT>' + "
                + "'<\\!--';");
    }

    @Test
    void thePageHoldsTheGraphTheOptionsTheLibrariesAndTheScript() throws IOException {
        String graph = "{\"elements\":{\"nodes\":[{\"data\":{\"id\":\"urn:x:a\",\"label\":" + JSON
                .writeValueAsString(HOSTILE) + "}}],\"edges\":[]}}";

        String html = ViewerPage.create().title("A <b>title</b> & more").graphJson(graph).pageLinks(true).build()
                .render();

        Document page = Jsoup.parse(html);
        assertThat(page.title()).isEqualTo("A <b>title</b> & more");
        assertThat(page.select("b")).isEmpty();
        assertThat(JSON.readTree(page.getElementById("newskg-graph").data()).at("/elements/nodes/0/data/label")
                .asText()).isEqualTo(HOSTILE);
        assertThat(JSON.readTree(page.getElementById("newskg-options").data()).get("pageLinks").asBoolean())
                .isTrue();
        assertThat(page.select("script")).hasSize(2 + ViewerPage.libraries().size() + 1);
        assertThat(page.select("script").last().data()).contains("window.newskgViewer");
        assertThat(ViewerPage.libraries()).extracting(l -> l.split(" ")[0])
                .containsExactly("cytoscape", "layout-base", "cose-base", "cytoscape-fcose");
        assertThat(html).doesNotContain("{{title}}", "{{css}}", "{{libraries}}", "{{options}}", "{{graph}}",
                "{{script}}").contains("Content-Security-Policy\" content=\"default-src 'none'");
    }

    @Test
    void aGraphThatIsNotCytoscapeJsonIsRefused() {
        assertThatThrownBy(() -> ViewerPage.create().graphJson("{\"nodes\": []}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("graphJson: expected Cytoscape.js JSON with elements.nodes and elements.edges arrays");
        assertThatThrownBy(() -> ViewerPage.create().graphJson("not json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("graphJson: not JSON: ");
        assertThatThrownBy(() -> ViewerPage.create().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("graphJson is not set");
    }
}
