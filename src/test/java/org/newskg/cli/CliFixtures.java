package org.newskg.cli;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.nlp.MentionType;
import org.newskg.rdf.IriMinter;
import org.newskg.store.Tdb2KnowledgeStore;

/** Inputs for the command-line tests, named relative to the module as a user would name them. */
final class CliFixtures {
    /** The reader fixtures: one good or bad file per case. */
    static final Path ARTICLES = Path.of("src", "test", "resources", "articles");
    /** Three good articles in two files: two news-format .txt files and a one-record .jsonl. */
    static final Path NEWS = Path.of("src", "test", "resources", "cli", "news");
    /** A Latin-1 file and a good article. */
    static final Path MIXED = Path.of("src", "test", "resources", "cli", "mixed");
    static final Path QUERIES = Path.of("src", "test", "resources", "cli", "queries");

    /** The names the fake NLP engine marks in the fixtures. */
    static final Map<String, MentionType> NAMES = Map.of(
            "Ana Ruiz", MentionType.PERSON,
            "Ruiz", MentionType.PERSON,
            "Tom Baker", MentionType.PERSON,
            "Portmouth", MentionType.CITY,
            "Harbor Bridge", MentionType.LOCATION);

    private CliFixtures() {
    }

    static Path article(String name) {
        return ARTICLES.resolve(name);
    }

    /** Quads in the database, reading it as a fresh process would. */
    static long quadCount(Path db) {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openExisting(db)) {
            return store.quadCount();
        }
    }

    /**
     * A database at {@code db} holding the two hand-written articles of {@code rdf/dataset.trig}, built with the
     * default base.
     */
    static void storeDatasetTrig(Path db) {
        storeTrig(db, Path.of("src", "test", "resources", "rdf", "dataset.trig"));
    }

    /** A database at {@code db} holding the article graphs of a TriG file, built with the default base. */
    static void storeTrig(Path db, Path trig) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.source(trig).lang(Lang.TRIG).parse(dataset);
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(db)) {
            store.claimBase(IriMinter.DEFAULT_BASE);
            dataset.listGraphNodes().forEachRemaining(graph -> store.replaceGraph(graph.getURI(),
                    sink -> dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sink::quad)));
        }
    }

    static long graphCount(Path db) {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openExisting(db)) {
            return store.graphCount();
        }
    }
}
