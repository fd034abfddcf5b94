/**
 * The interactive graph viewer: {@link org.newskg.viewer.ViewerPage} turns a graph in Cytoscape.js JSON (the
 * {@code cytoscape} export) into one self-contained HTML page, with Cytoscape.js and the fCoSE layout read from their
 * WebJars and inlined, so the page works offline. {@code export --format html} writes it to a file and {@code serve}
 * answers {@code /graph} with it.
 *
 * <pre>{@code
 * String json = new CytoscapeExporter().toJson(graph).toString();
 * Files.writeString(file, ViewerPage.create().title("Ana Costa").graphJson(json).build().render());
 * }</pre>
 *
 * <p>Data never becomes markup: {@link org.newskg.viewer.ScriptLib#json} escapes the JSON for its
 * {@code <script type="application/json">} element, and the page's script builds text with {@code textContent}.
 * Pages are immutable and thread-safe.
 */
package org.newskg.viewer;
