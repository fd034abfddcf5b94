package org.newskg.viewer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The interactive graph viewer: one self-contained HTML page that shows a graph in Cytoscape.js JSON (the format of
 * {@code newskg export --format cytoscape}) with a force-directed layout, a legend, search by name, filters by type
 * and status, and a side panel with the facts, quotations and evidence of what is clicked. Cytoscape.js with the
 * fCoSE layout ({@link #libraries()}), the style sheet, the script and the data are inlined, so the page works
 * offline and loads nothing.
 *
 * <p>The data goes into a {@code <script type="application/json">} element escaped by {@link ScriptLib#json}, and
 * the page's script builds every piece of text with {@code textContent}, so labels are shown as text, never run.
 *
 * <pre>{@code
 * String html = ViewerPage.create().title("newskg graph").graphJson(cytoscapeJson).pageLinks(true).build().render();
 * }</pre>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class ViewerPage {
    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String title;
    private final String graphJson;
    private final boolean pageLinks;
    private final Integer neighbourhoodDepth;

    private ViewerPage(String title, String graphJson, boolean pageLinks, Integer neighbourhoodDepth) {
        this.title = title;
        this.graphJson = graphJson;
        this.pageLinks = pageLinks;
        this.neighbourhoodDepth = neighbourhoodDepth;
    }

    public static Builder create() {
        return new Builder();
    }

    /** The JavaScript libraries that pages inline, as "name version", in load order. */
    public static List<String> libraries() {
        return ViewerAssets.get().libraries.stream().map(l -> l.name() + " " + l.version()).toList();
    }

    /** The whole page. */
    public String render() {
        ViewerAssets assets = ViewerAssets.get();
        Map<String, String> slots = Map.of(
                "title", Entities.escape(title),
                "css", assets.css,
                "libraries", libraries(assets),
                "options", ScriptLib.json(options()),
                "graph", ScriptLib.json(graphJson),
                "script", ScriptLib.javascript(assets.script));
        Matcher slot = SLOT.matcher(assets.template);
        StringBuilder page = new StringBuilder(graphJson.length() + 1_048_576);
        while (slot.find()) {
            String value = slots.get(slot.group(1));
            if (value == null) {
                throw new IllegalStateException("viewer.html: unknown slot " + slot.group());
            }
            slot.appendReplacement(page, Matcher.quoteReplacement(value));
        }
        slot.appendTail(page);
        return page.toString();
    }

    /** Writes the page; does not close the writer. */
    public void write(Writer out) {
        try {
            out.write(render());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the viewer page: " + e.getMessage(), e);
        }
    }

    private static String libraries(ViewerAssets assets) {
        StringBuilder scripts = new StringBuilder();
        for (ViewerAssets.Library library : assets.libraries) {
            scripts.append("<script data-library=\"").append(library.name()).append(' ').append(library.version())
                    .append("\">\n").append(ScriptLib.javascript(library.source())).append("\n</script>\n");
        }
        return scripts.toString();
    }

    private String options() {
        ObjectNode options = JSON.createObjectNode();
        options.put("title", title);
        options.put("pageLinks", pageLinks);
        if (neighbourhoodDepth != null) {
            options.put("neighbourhoodDepth", neighbourhoodDepth);
        }
        return options.toString();
    }

    /** Configures a {@link ViewerPage}; only {@link #graphJson(String)} is required. Not thread-safe. */
    public static final class Builder {
        private String title = "newskg graph";
        private String graphJson;
        private boolean pageLinks;
        private Integer neighbourhoodDepth;

        private Builder() {
        }

        /** The page title, shown as text; default "newskg graph". */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * The graph as Cytoscape.js JSON, an object with {@code elements.nodes} and {@code elements.edges}.
         *
         * @throws IllegalArgumentException if the text is not such a JSON object
         */
        public Builder graphJson(String graphJson) {
            Objects.requireNonNull(graphJson, "graphJson");
            checkGraph(graphJson);
            this.graphJson = graphJson;
            return this;
        }

        /** Link each node's panel to its IRI, the resource page (set when IRIs are presented under a public base). */
        public Builder pageLinks(boolean pageLinks) {
            this.pageLinks = pageLinks;
            return this;
        }

        /**
         * Offer, for each node, a link to {@code ?focus=IRI&depth=DEPTH} relative to the page: its neighbourhood, as
         * {@code serve}'s {@code /graph} shows it.
         */
        public Builder neighbourhoodLinks(int depth) {
            if (depth < 0) {
                throw new IllegalArgumentException("depth: expected 0 or more but was " + depth);
            }
            this.neighbourhoodDepth = depth;
            return this;
        }

        /** @throws IllegalStateException if the graph is not set */
        public ViewerPage build() {
            if (graphJson == null) {
                throw new IllegalStateException("ViewerPage.Builder: graphJson is not set; call graphJson(String)");
            }
            return new ViewerPage(title, graphJson, pageLinks, neighbourhoodDepth);
        }

        private static void checkGraph(String graphJson) {
            try {
                var root = JSON.readTree(graphJson);
                if (root == null || !root.path("elements").path("nodes").isArray()
                        || !root.path("elements").path("edges").isArray()) {
                    throw new IllegalArgumentException("graphJson: expected Cytoscape.js JSON with elements.nodes "
                            + "and elements.edges arrays");
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("graphJson: not JSON: " + e.getMessage(), e);
            }
        }
    }
}
