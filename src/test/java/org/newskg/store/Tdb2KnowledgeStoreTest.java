package org.newskg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2KnowledgeStoreTest extends AbstractKnowledgeStoreTest {
    @TempDir
    Path temp;

    @Override
    KnowledgeStore createStore() {
        return Tdb2KnowledgeStore.open(temp.resolve("db"));
    }

    @Test
    void theBaseIsRecordedOnceAndAnotherBaseIsRefused() {
        Tdb2KnowledgeStore tdb = (Tdb2KnowledgeStore) store;
        assertThat(tdb.base()).isEmpty();

        tdb.claimBase("https://one.example/kg/");
        tdb.claimBase("https://one.example/kg/");
        store.close();
        store = Tdb2KnowledgeStore.openExisting(temp.resolve("db"));

        assertThat(((Tdb2KnowledgeStore) store).base()).contains("https://one.example/kg/");
        assertThatThrownBy(() -> ((Tdb2KnowledgeStore) store).claimBase("https://two.example/"))
                .isInstanceOf(StoreException.class)
                .hasMessage(temp.resolve("db") + ": the database was built with base IRI 'https://one.example/kg/'"
                        + " but --base is 'https://two.example/'. Ingest with --base https://one.example/kg/"
                        + " (publish --base presents the IRIs under another base), or use another --db.");
    }

    @Test
    void aDatabaseBuiltBeforeTheBaseWasRecordedKeepsTheBaseOfItsArticles() {
        Tdb2KnowledgeStore tdb = (Tdb2KnowledgeStore) store;
        String article = "https://old.example/kg/id/article/abc";
        store.replaceGraph(article, sink -> write(sink, article, 1));

        assertThat(tdb.base()).contains("https://old.example/kg/");
        assertThatThrownBy(() -> tdb.claimBase("https://new.example/")).isInstanceOf(StoreException.class)
                .hasMessageContaining("built with base IRI 'https://old.example/kg/'");
        tdb.claimBase("https://old.example/kg/");
        assertThat(temp.resolve("db").resolve("newskg.properties")).isRegularFile();
    }

    @Test
    void whatIsWrittenIsThereAfterReopening() {
        store.replaceGraph(G1, sink -> write(sink, G1, 3));
        store.close();

        store = Tdb2KnowledgeStore.openExisting(temp.resolve("db"));

        assertThat(store.quadCount()).isEqualTo(4);
        assertThat(store.graphCount()).isEqualTo(1);
    }

    @Test
    void aFolderIsADatabaseOnceOpened() {
        assertThat(Tdb2KnowledgeStore.isDatabase(temp.resolve("db"))).isTrue();
        assertThat(Tdb2KnowledgeStore.isDatabase(temp)).isFalse();
        assertThat(Tdb2KnowledgeStore.isDatabase(temp.resolve("nothing"))).isFalse();
    }

    @Test
    void openExistingRefusesAFolderWithoutADatabaseAndCreatesNothing() throws IOException {
        Path empty = Files.createDirectory(temp.resolve("empty"));
        Path missing = temp.resolve("missing");

        assertThatThrownBy(() -> Tdb2KnowledgeStore.openExisting(missing)).isInstanceOf(StoreException.class)
                .hasMessage(missing + ": no newskg database here. Run 'newskg ingest' first or pass --db.");
        assertThatThrownBy(() -> Tdb2KnowledgeStore.openExisting(empty)).isInstanceOf(StoreException.class);
        assertThat(missing).doesNotExist();
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void openRefusesAPathUnderARegularFile() throws IOException {
        Path file = Files.writeString(temp.resolve("somefile"), "text");
        Path db = file.resolve("db");

        assertThatThrownBy(() -> Tdb2KnowledgeStore.open(db)).isInstanceOf(StoreException.class)
                .hasMessage(db + ": cannot create the database here: '" + file.toAbsolutePath() + "' is a file. "
                        + "Choose a writable directory with --db.");
        assertThatThrownBy(() -> Tdb2KnowledgeStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is a file");
        assertThat(Files.readString(file)).isEqualTo("text");
    }

    @Test
    void theReadDatasetIsInATransaction() {
        boolean inTransaction = store.read(dataset -> dataset.isInTransaction());

        assertThat(inTransaction).isTrue();
    }
}
