package org.newskg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code newskg serve} leaves in the database folder while it runs, and that it takes it away. */
class ServerRecordTest {
    @TempDir
    Path db;

    @Test
    void aServerIsRecordedWhileItRunsAndNotAfter() {
        String endpoint = "http://localhost:3999/newskg/sparql";
        try (var announced = ServerRecord.announce(db, endpoint)) {
            assertThat(ServerRecord.read(db)).hasValueSatisfying(record -> {
                assertThat(record.pid()).isEqualTo(ProcessHandle.current().pid());
                assertThat(record.endpoint()).isEqualTo(endpoint);
            });
        }
        assertThat(ServerRecord.read(db)).isEmpty();
        assertThat(db.resolve(ServerRecord.FILE)).doesNotExist();
    }
}
