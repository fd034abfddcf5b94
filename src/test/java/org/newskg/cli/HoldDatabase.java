package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.newskg.store.Tdb2KnowledgeStore;

/**
 * A process that opens (or creates) the database given as its argument, says so, and holds it until its input closes.
 */
final class HoldDatabase {
    static final String READY = "holding";

    private HoldDatabase() {
    }

    public static void main(String[] args) throws IOException {
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.open(Path.of(args[0]))) {
            store.quadCount();
            System.out.println(READY);
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the database until the test closes our input
            }
        }
    }
}
