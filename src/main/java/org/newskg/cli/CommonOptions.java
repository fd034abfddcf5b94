package org.newskg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes: the database and verbosity. */
final class CommonOptions {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "newskg-db",
            description = "The TDB2 database directory (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--verbose", description = "Print stack traces and more detail.")
    boolean verbose;
}
