/**
 * Stage: serving. Puts a newskg TDB2 database behind a read-only SPARQL endpoint (Apache Jena Fuseki).
 *
 * <p>Contract: {@link org.newskg.serve.SparqlServer} serves one existing database, never creates one, and never
 * writes to it. Queries see the union of the article graphs as the default graph; {@code GRAPH} still addresses a
 * single article. Every query runs under a timeout. Set-up problems (no database, port in use) are
 * {@link org.newskg.serve.ServeException}s whose message is the line the CLI prints.
 *
 * <pre>{@code
 * try (SparqlServer server = SparqlServer.create().database(Path.of("newskg-db")).build()) {
 *     server.start();
 *     server.join();   // until Ctrl-C
 * }
 * }</pre>
 */
package org.newskg.serve;
