/**
 * Stage: serving. Puts a newskg TDB2 database behind a SPARQL endpoint (Apache Jena Fuseki), read-only by default.
 *
 * <p>Contract: {@link org.newskg.serve.SparqlServer} serves one existing database and never creates one. It writes to
 * it only when built with an {@link org.newskg.serve.UpdateAccess}, and then only for requests that authenticate
 * with HTTP basic authentication; the update timeout is the query timeout. Queries see the union of the article
 * graphs as the default graph; {@code GRAPH} still addresses a single article. Every query runs under a timeout.
 * The same server serves the store as linked data (resource pages and descriptions by content negotiation, ontology,
 * VoID, dumps), every request in a read transaction, with the pages of {@link org.newskg.publish.LinkedDataSite}.
 * Set-up problems (no database, port in use) are {@link org.newskg.serve.ServeException}s whose message is the line
 * the CLI prints.
 *
 * <pre>{@code
 * try (SparqlServer server = SparqlServer.create().database(Path.of("newskg-db")).build()) {
 *     server.start();
 *     server.join();   // until Ctrl-C
 * }
 * }</pre>
 */
package org.newskg.serve;
