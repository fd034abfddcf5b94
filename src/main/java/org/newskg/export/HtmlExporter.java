package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.newskg.viewer.ViewerPage;

/**
 * The graph as one self-contained HTML page, the interactive viewer ({@link ViewerPage}): the graph goes in as the
 * Cytoscape.js JSON that {@link CytoscapeExporter} writes, next to Cytoscape.js itself, so the page works offline.
 * Stateless and thread-safe.
 */
public final class HtmlExporter implements Exporter {
    public static final String DEFAULT_TITLE = "newskg graph";

    private final String title;
    private final boolean pageLinks;

    /** A page without links to resource pages, titled {@value #DEFAULT_TITLE}. */
    public HtmlExporter() {
        this(DEFAULT_TITLE, false);
    }

    /**
     * @param title     the page title
     * @param pageLinks whether each node links to its IRI as its resource page (when the IRIs were rewritten to the
     *                  public base the pages are served under)
     */
    public HtmlExporter(String title, boolean pageLinks) {
        this.title = Objects.requireNonNull(title, "title");
        this.pageLinks = pageLinks;
    }

    /** This exporter with another page title. */
    public HtmlExporter withTitle(String pageTitle) {
        return new HtmlExporter(pageTitle, pageLinks);
    }

    /** This exporter with or without links from each node to its IRI, its resource page. */
    public HtmlExporter withPageLinks(boolean links) {
        return new HtmlExporter(title, links);
    }

    @Override
    public void write(VizGraph graph, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(page(graph).render());
        writer.flush();
    }

    /** The viewer page of a graph. */
    public ViewerPage page(VizGraph graph) {
        String json = new CytoscapeExporter().toJson(graph).toString();
        return ViewerPage.create().title(title).graphJson(json).pageLinks(pageLinks).build();
    }
}
