package org.newskg.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Loads N-Quads (one named graph per article, as the Spark job writes them) into a TDB2 database with Jena's bulk
 * loader: the phased loader, the default of {@code tdb2.tdbloader}.
 *
 * <p>The files are checked first (syntax, named graphs, one base IRI), so bad input loads nothing. The base is
 * recorded as {@code newskg ingest} records it, and refused when the database was built with another one. An article
 * graph the database already holds is replaced, as re-ingesting replaces it. Not thread-safe; the database must not
 * be open elsewhere.
 *
 * <pre>{@code
 * LoadSummary summary = BulkLoad.run(Path.of("newskg-db"), List.of(Path.of("out")), Optional.empty());
 * }</pre>
 */
public final class BulkLoad {
    private BulkLoad() {
    }

    /**
     * @param database the TDB2 database folder, created when missing
     * @param inputs   folders (their {@code .nq} and {@code .nq.gz} files are read) and files
     * @param base     the base IRI the graphs must have been minted under, or empty to take theirs
     * @throws StoreException saying what is wrong and what to do, before anything is written
     */
    public static LoadSummary run(Path database, List<Path> inputs, Optional<String> base) {
        Instant start = Instant.now();
        Tdb2KnowledgeStore.checkWritable(database);
        NQuadsCheck check = NQuadsCheck.of(inputs);
        if (base.isPresent() && !base.get().equals(check.base())) {
            throw new StoreException("the graphs were minted under base IRI '" + check.base() + "' but --base is '"
                    + base.get() + "'. Leave out --base, or regenerate the N-Quads with that base.");
        }
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(database)) {
            store.claimBase(check.base());
            long replaced = store.deleteGraphs(check.graphs());
            long quads = store.bulkLoad(check.files());
            return new LoadSummary(check.files().size(), check.graphs().size(), replaced, quads,
                    Duration.between(start, Instant.now()));
        }
    }
}
