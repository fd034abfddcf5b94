package org.newskg.cli;

import java.nio.file.Path;
import java.util.Map;
import org.newskg.nlp.MentionType;
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

    static long graphCount(Path db) {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openExisting(db)) {
            return store.graphCount();
        }
    }
}
