package org.newskg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builder validation and the database checks; opens no port. */
class SparqlServerBuilderTest {
    @TempDir
    Path dir;

    @Test
    void missingDatabaseIsOneClearErrorAndNothingIsCreated() {
        Path missing = dir.resolve("newskg-db");

        assertThatThrownBy(() -> SparqlServer.create().database(missing).port(0).build())
                .isInstanceOf(ServeException.class)
                .hasMessage(missing + ": no newskg database here. Run 'newskg ingest' first or pass --db.");
        assertThat(missing).doesNotExist();
    }

    @Test
    void directoryThatIsNotADatabaseIsRefusedAndLeftAlone() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        assertThatThrownBy(() -> SparqlServer.create().database(empty).port(0).build())
                .isInstanceOf(ServeException.class)
                .hasMessage(empty + ": no newskg database here. Run 'newskg ingest' first or pass --db.");
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void relativePathIsShownAsTyped() {
        Path relative = Path.of("./no-such-newskg-db-" + ProcessHandle.current().pid());

        assertThatThrownBy(() -> SparqlServer.create().database(relative).build())
                .hasMessage(relative.normalize() + ": no newskg database here. Run 'newskg ingest' first or pass --db.")
                .hasMessageStartingWith("no-such-newskg-db-");
    }

    @Test
    void databaseIsRequired() {
        assertThatThrownBy(() -> SparqlServer.create().port(0).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("database is not set");
    }

    @Test
    void settingsAreCheckedWhenGiven() {
        SparqlServer.Builder builder = SparqlServer.create();

        assertThatThrownBy(() -> builder.port(-1)).hasMessage("port: expected 0..65535 but was -1");
        assertThatThrownBy(() -> builder.port(65536)).hasMessage("port: expected 0..65535 but was 65536");
        assertThatThrownBy(() -> builder.queryTimeout(Duration.ZERO))
                .hasMessage("queryTimeout: expected at least 1 ms but was PT0S");
        assertThatThrownBy(() -> builder.datasetName("a/b"))
                .hasMessage("datasetName: expected letters, digits, '.', '_' or '-' but was 'a/b'");
        assertThatThrownBy(() -> builder.datasetName("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startsOnceOnly() {
        Dataset dataset = ServeTestLib.createDatabase(dir.resolve("db"), "two-articles.trig");
        try {
            SparqlServer server = SparqlServer.create().database(dir.resolve("db")).port(0).build();
            server.close();
            server.close();

            assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
            assertThatThrownBy(server::join).isInstanceOf(IllegalStateException.class);
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }
}
