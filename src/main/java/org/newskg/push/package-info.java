/**
 * Stage: loading into a SPARQL server that already runs. {@link org.newskg.push.GraphPusher} sends each article's
 * named graph from a {@link org.newskg.store.KnowledgeStore} with the Graph Store Protocol (HTTP PUT per graph, so a
 * re-run replaces instead of duplicating), optionally with HTTP basic authentication.
 *
 * <pre>{@code
 * GraphPusher pusher = GraphPusher.create().endpoint("http://localhost:3030/ds").build();
 * try (KnowledgeStore store = Tdb2KnowledgeStore.openExisting(Path.of("newskg-db"))) {
 *     PushSummary summary = pusher.push(store, ProgressListener.NONE);
 * }
 * }</pre>
 */
package org.newskg.push;
