package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.export.CytoscapeExporter;
import org.newskg.export.ExportException;
import org.newskg.export.GraphSelector;
import org.newskg.export.HtmlExporter;
import org.newskg.export.Selection;
import org.newskg.export.VizGraph;
import org.newskg.export.VizGraphRewriter;
import org.newskg.export.VizNode;
import org.newskg.linkeddata.IriRewriter;
import org.newskg.publish.PagePolicy;
import org.newskg.viewer.ViewerPage;

/**
 * The interactive graph viewer, fed live from the database: {@code GET /graph} is the viewer page (the same page as
 * {@code export --format html}) and {@code GET /graph.json} the Cytoscape.js JSON, of the whole graph or, with
 * {@code ?focus=NAME-OR-IRI&depth=N}, of what lies within N edges (default 2, at most {@value #MAX_DEPTH}) of the
 * focus. The page's panel links each node to its own neighbourhood. The focus reaches SPARQL only as a bound
 * literal ({@link GraphSelector}). Node IRIs are shown under the server's public base, so each node's panel also
 * links to its resource page; a focus IRI may be given under either base. A bad depth gets 400 and a focus that
 * names no entity 404, each with one line of plain text saying what to do. A focus is read outwards from it by
 * bounded queries; the whole request, all its queries together, is cancelled after the server's query timeout
 * (503). Thread-safe.
 */
final class GraphViewServlet extends HttpServlet {
    static final String PATH = "/graph";
    static final String JSON_PATH = "/graph.json";
    static final int MAX_DEPTH = 5;
    private static final long serialVersionUID = 1L;

    private final transient GraphSelector selector;
    private final transient Supplier<IriRewriter> publicIris;

    GraphViewServlet(DatasetGraph dsg, Duration queryTimeout, Supplier<IriRewriter> publicIris) {
        this.selector = GraphSelector.over(new ServedStore(dsg, queryTimeout)).within(queryTimeout);
        this.publicIris = publicIris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        IriRewriter iris = publicIris.get();
        Optional<String> focus = Optional.ofNullable(request.getParameter("focus")).map(String::strip)
                .filter(f -> !f.isEmpty()).map(iris::unrewrite);
        int depth;
        try {
            depth = depth(request.getParameter("depth"));
        } catch (IllegalArgumentException e) {
            text(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        VizGraph graph;
        try {
            graph = new VizGraphRewriter(iris).rewrite(
                    selector.select(focus.map(f -> Selection.all().withFocus(f, depth)).orElse(Selection.all())));
        } catch (ExportException e) {
            text(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            text(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the graph took longer than the server's "
                    + "query timeout to read. Ask for less with /graph?focus=NAME&depth=1, or restart serve with a "
                    + "longer --timeout.");
            return;
        }
        boolean json = JSON_PATH.equals(request.getServletPath());
        response.setStatus(HttpServletResponse.SC_OK);
        if (!json) {
            response.setHeader(PagePolicy.CSP_HEADER, PagePolicy.VIEWER);
        }
        response.setContentType((json ? "application/json" : "text/html") + "; charset=utf-8");
        try (OutputStream out = response.getOutputStream()) {
            if (json) {
                new CytoscapeExporter().write(graph, out);
            } else {
                out.write(page(graph, focus, depth, iris).render().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The viewer page, titled by the focus node's label, whose nodes link to their own neighbourhood. */
    private static ViewerPage page(VizGraph graph, Optional<String> focus, int depth, IriRewriter iris) {
        String title = focus.map(f -> "newskg: " + graph.node(iris.rewrite(f)).map(VizNode::label).orElse(f)
                + " (depth " + depth + ")").orElse(HtmlExporter.DEFAULT_TITLE);
        return ViewerPage.create().title(title).graphJson(new CytoscapeExporter().toJson(graph).toString())
                .neighbourhoodLinks(focus.isPresent() ? depth : Selection.DEFAULT_DEPTH).pageLinks(true).build();
    }

    static int depth(String value) {
        if (value == null || value.isBlank()) {
            return Selection.DEFAULT_DEPTH;
        }
        try {
            int depth = Integer.parseInt(value.strip());
            if (depth >= 0 && depth <= MAX_DEPTH) {
                return depth;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new IllegalArgumentException("depth: expected a whole number from 0 to " + MAX_DEPTH + " but was '"
                + cut(value) + "'. Use for example /graph?focus=NAME&depth=2.");
    }

    private static void text(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String cut(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "..." : value;
    }
}
