package org.newskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.rdf.NKG;
import org.newskg.store.Tdb2KnowledgeStore;

/** The stored article graphs of a database, for comparing two ways of producing them. */
public final class ArticleGraphs {
    private ArticleGraphs() {
    }

    /** The names of the stored graphs, sorted. */
    public static Set<String> names(Tdb2KnowledgeStore store) {
        return store.read(dataset -> {
            Set<String> names = new TreeSet<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(node -> names.add(node.getURI()));
            return names;
        });
    }

    /**
     * A copy of one article's graph without the two triples about the run that read it: when
     * ({@code nkg:ingestedAt}) and from which file ({@code nkg:sourceFile}).
     */
    public static Graph withoutRunTriples(Tdb2KnowledgeStore store, String graphIri) {
        return store.read(dataset -> {
            Graph copy = GraphFactory.createDefaultGraph();
            Node ingestedAt = NKG.ingestedAt.asNode();
            Node sourceFile = NKG.sourceFile.asNode();
            dataset.asDatasetGraph().getGraph(NodeFactory.createURI(graphIri)).find().forEachRemaining(triple -> {
                if (!triple.getPredicate().equals(ingestedAt) && !triple.getPredicate().equals(sourceFile)) {
                    copy.add(Triple.create(triple.getSubject(), triple.getPredicate(), triple.getObject()));
                }
            });
            return copy;
        });
    }

    /**
     * Checks that two databases hold the same article graphs, {@code articles} of them, each of the same size and
     * isomorphic to its counterpart apart from the triples about the run that stored it.
     */
    public static void assertSameArticles(Path expectedDatabase, Path actualDatabase, int articles) {
        try (Tdb2KnowledgeStore expected = Tdb2KnowledgeStore.openExisting(expectedDatabase);
             Tdb2KnowledgeStore actual = Tdb2KnowledgeStore.openExisting(actualDatabase)) {
            Set<String> graphs = names(expected);
            assertThat(names(actual)).isEqualTo(graphs).hasSize(articles);
            for (String graph : graphs) {
                Graph wanted = withoutRunTriples(expected, graph);
                Graph found = withoutRunTriples(actual, graph);
                assertThat(found.size()).as(graph).isEqualTo(wanted.size()).isPositive();
                assertThat(found.isIsomorphicWith(wanted)).as("graph %s", graph).isTrue();
            }
        }
    }
}
