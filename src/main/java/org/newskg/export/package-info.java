/**
 * The export stage: the graph drawn for graph tools. {@link org.newskg.export.GraphSelector} reads a
 * {@link org.newskg.export.VizGraph} (entities and events as {@link org.newskg.export.VizNode}s, relations as
 * {@link org.newskg.export.VizEdge}s) from a store with SPARQL, in one read transaction, narrowed by a
 * {@link org.newskg.export.Selection}; an {@link org.newskg.export.Exporter}, found by format name in
 * {@link org.newskg.export.Exporters}, writes it.
 *
 * <pre>{@code
 * VizGraph graph = GraphSelector.over(store).select(Selection.all().withFocus("Ana Costa", 1));
 * try (OutputStream out = Files.newOutputStream(file)) {
 *     Exporters.forFormat("gexf").write(graph, out);
 * }
 * }</pre>
 *
 * <p>The records are immutable and the exporters stateless, so both may be shared between threads. A name the user
 * gives reaches SPARQL only as a bound literal.
 */
package org.newskg.export;
