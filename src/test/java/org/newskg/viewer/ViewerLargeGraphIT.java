package org.newskg.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The viewer stays usable with a large graph: a synthetic graph of {@value #NODES} nodes and {@value #EDGES} edges is
 * laid out in headless chromium, and the layout time (until cytoscape's {@code layoutstop}) is printed and kept in
 * {@code target/viewer-it/large-graph.txt} (docs/benchmarks.md, "Interactive viewer").
 */
class ViewerLargeGraphIT {
    static final int NODES = 2000;
    static final int EDGES = 4000;
    static final int CLUSTER = 15;
    private static final List<String[]> TYPES = List.of(new String[] {"Person", "Person"},
            new String[] {"Organization", "Organization"}, new String[] {"CriminalOrganization", "Organization"},
            new String[] {"City", "Place"}, new String[] {"Country", "Place"}, new String[] {"Arrest", "Event"});
    private static final List<String> STATUSES = List.of("current", "former", "alleged");

    @Test
    void laysOutTwoThousandNodesAndStaysResponsive() throws IOException {
        String html = ViewerPage.create().title("synthetic").graphJson(synthetic(NODES, EDGES, 7)).build().render();
        Path page = ViewerBrowserIT.OUT.resolve("large-graph.html").toAbsolutePath();
        Files.createDirectories(page.getParent());
        Files.writeString(page, html, StandardCharsets.UTF_8);
        try (HeadlessChromium chromium = HeadlessChromium.start(1400, 900)) {
            chromium.driver.get(page.toUri().toString());
            chromium.awaitViewer(Duration.ofSeconds(120));
            long scriptMs = number(chromium, "scriptMs");
            long createdMs = number(chromium, "createdMs");
            long layoutMs = number(chromium, "layoutMs");
            long readyMs = number(chromium, "readyMs");
            assertThat(chromium.js("return cy.nodes(':visible').length;")).isEqualTo((long) NODES);
            assertThat(chromium.js("return cy.edges(':visible').length;")).isEqualTo((long) EDGES);
            chromium.screenshot(ViewerBrowserIT.OUT.resolve("large-graph.png"));
            long searchMs = timed(chromium, "document.getElementById('search').value = 'node 1234';"
                    + "document.getElementById('search').dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}));");
            assertThat(chromium.driver.findElement(org.openqa.selenium.By.cssSelector("#panel h2")).getText())
                    .isEqualTo("node 1234");
            chromium.screenshot(ViewerBrowserIT.OUT.resolve("large-graph-search.png"));
            String line = String.format("viewer: %d nodes, %d edges: page parsed %d ms, graph drawn %d ms, layout "
                    + "%d ms, ready %d ms after navigation; search and select %d ms (chromium %s)", NODES, EDGES,
                    scriptMs, createdMs, layoutMs, readyMs, searchMs,
                    chromium.driver.getCapabilities().getBrowserVersion());
            System.out.println(line);
            Files.writeString(ViewerBrowserIT.OUT.resolve("large-graph.txt"), line + "\n");
            assertThat(layoutMs).as("layout time in ms").isLessThan(30_000);
        }
    }

    private static long number(HeadlessChromium chromium, String field) {
        return ((Number) chromium.js("return newskgViewer." + field + ";")).longValue();
    }

    private static long timed(HeadlessChromium chromium, String script) {
        return ((Number) chromium.js("const t0 = performance.now();" + script
                + "return Math.round(performance.now() - t0);")).longValue();
    }

    /**
     * A reproducible random graph shaped like news: clusters of {@value #CLUSTER} nodes (an article's entities), most
     * edges inside a cluster and some across (entities shared by articles), with newskg's categories and statuses.
     */
    static String synthetic(int nodeCount, int edgeCount, long seed) {
        Random random = new Random(seed);
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode nodes = root.putObject("elements").putArray("nodes");
        ArrayNode edges = ((ObjectNode) root.get("elements")).putArray("edges");
        for (int i = 0; i < nodeCount; i++) {
            String[] type = TYPES.get(random.nextInt(TYPES.size()));
            ObjectNode data = nodes.addObject().putObject("data");
            data.put("id", "urn:x-node:" + i).put("label", "node " + i).put("type", type[0]).put("category", type[1])
                    .put("mentions", random.nextInt(20));
            data.putArray("facts").addObject().put("property", "index").put("value", Integer.toString(i));
        }
        int clusters = (nodeCount + CLUSTER - 1) / CLUSTER;
        for (int e = 0; e < edgeCount; e++) {
            int cluster = e < clusters ? e : random.nextInt(clusters);
            int first = cluster * CLUSTER;
            int size = Math.min(CLUSTER, nodeCount - first);
            int source = first + random.nextInt(size);
            int target = random.nextInt(100) < 85 ? first + random.nextInt(size) : random.nextInt(nodeCount);
            if (target == source) {
                target = (source + 1) % nodeCount;
            }
            ObjectNode data = edges.addObject().putObject("data");
            data.put("id", "e" + e).put("source", "urn:x-node:" + source).put("target", "urn:x-node:" + target)
                    .put("relation", "relatedTo");
            if (random.nextInt(3) == 0) {
                data.put("status", STATUSES.get(random.nextInt(STATUSES.size())));
            }
        }
        return root.toString();
    }
}
