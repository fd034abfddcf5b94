package org.newskg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.export.ExportFixtures.CARTEL;
import static org.newskg.export.ExportFixtures.CULIACAN;
import static org.newskg.export.ExportFixtures.JOAQUIN;
import static org.newskg.export.ExportFixtures.TRUMP;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Cytoscape.js JSON export, parsed back: the elements contract the HTML viewer reads. */
class CytoscapeExporterTest {
    private static final Set<String> NODE_KEYS = Set.of("id", "label", "type", "category", "aliases", "sameAs",
            "lat", "lon", "mentions", "facts", "quotes");
    private static final Set<String> EDGE_KEYS = Set.of("id", "source", "target", "relation", "status", "role",
            "confidence", "date", "evidence", "article");

    @TempDir
    static Path dir;
    static JsonNode elements;

    @BeforeAll
    static void export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CytoscapeExporter().write(ExportFixtures.wholeGraph(dir), out);
        elements = new ObjectMapper().readTree(out.toByteArray()).get("elements");
    }

    @Test
    void everyNodeAndEdgeIsThereWithOnlyTheContractKeys() {
        assertThat(elements.get("nodes")).hasSize(ExportFixtures.NODES);
        assertThat(elements.get("edges")).hasSize(ExportFixtures.EDGES);
        for (JsonNode node : elements.get("nodes")) {
            assertThat(keys(node.get("data"))).isSubsetOf(NODE_KEYS).contains("id", "label", "type", "category",
                    "aliases", "sameAs", "mentions", "facts", "quotes");
            assertThat(node.get("data").get("category").asText()).isIn("Person", "Organization", "Place", "Event");
        }
        for (JsonNode edge : elements.get("edges")) {
            assertThat(keys(edge.get("data"))).isSubsetOf(EDGE_KEYS).contains("id", "source", "target",
                    "relation");
        }
    }

    @Test
    void nodesCarryCoordinatesOnlyWhenKnownAndTheirQuotes() {
        JsonNode culiacan = node(CULIACAN);
        JsonNode trump = node(TRUMP);

        assertThat(culiacan.get("lat").asDouble()).isEqualTo(24.79944);
        assertThat(culiacan.get("lon").asDouble()).isEqualTo(-107.38972);
        assertThat(culiacan.get("type").asText()).isEqualTo("City");
        assertThat(culiacan.get("facts").get(0).get("property").asText()).isEqualTo("countryCode");
        assertThat(trump.has("lat")).isFalse();
        assertThat(trump.get("mentions").asInt()).isEqualTo(2);
        assertThat(trump.get("sameAs")).hasSize(2);
        JsonNode quote = trump.get("quotes").get(0);
        assertThat(quote.get("text").asText()).isEqualTo("If Mexico needs or requests help, we are ready.");
        assertThat(quote.get("evidence").asText()).startsWith("President Donald Trump said:");
        assertThat(quote.get("article").asText()).isEqualTo(ExportFixtures.ARTICLE_1);
    }

    @Test
    void edgesCarryTheirFactsAndLeaveOutWhatIsAbsent() {
        JsonNode former = null;
        JsonNode spouse = null;
        for (JsonNode edge : elements.get("edges")) {
            JsonNode data = edge.get("data");
            if (data.get("source").asText().equals(JOAQUIN) && data.get("target").asText().equals(CARTEL)) {
                former = data;
            }
            if (data.get("relation").asText().equals("spouseOf")) {
                spouse = data;
            }
        }

        assertThat(former).isNotNull();
        assertThat(former.get("relation").asText()).isEqualTo("leads");
        assertThat(former.get("status").asText()).isEqualTo("former");
        assertThat(former.get("confidence").asDouble()).isEqualTo(0.85);
        assertThat(former.get("article").asText()).isEqualTo(ExportFixtures.ARTICLE_1);
        assertThat(spouse).isNotNull();
        assertThat(keys(spouse)).containsExactlyInAnyOrder("id", "source", "target", "relation");
    }

    private static JsonNode node(String id) {
        for (JsonNode node : elements.get("nodes")) {
            if (node.get("data").get("id").asText().equals(id)) {
                return node.get("data");
            }
        }
        throw new AssertionError("no node " + id);
    }

    private static List<String> keys(JsonNode data) {
        List<String> keys = new ArrayList<>();
        data.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
