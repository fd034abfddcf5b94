package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.cli.CliFixtures.graphCount;
import static org.newskg.cli.CliFixtures.quadCount;
import static org.newskg.cli.IngestRunTest.ask;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.Tdb2KnowledgeStore;

/** {@code newskg load --nquads}: the Spark job's output into a TDB2 database, and what bad input gets. */
class LoadCommandTest {
    private static final String BASE = "https://kg.example.org/";
    private static final String NKG = "https://w3id.org/newskg/ns#";

    @TempDir
    Path temp;

    @Test
    void loadsEveryPartFileOfTheFolderAndRecordsTheBase() throws IOException {
        Path out = sparkOutput(article("a1", "Harbor bridge reopens", "Ana Ruiz"),
                article("a2", "Council approves budget", "Tom Baker"));
        Path db = temp.resolve("db");

        Cli cli = Cli.run("load", "--nquads", out, "--db", db);

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).matches("Loaded 2 articles, 12 triples from 2 files, [\\d.]+ s into " + db + "\\.\\n");
        assertThat(graphCount(db)).isEqualTo(2);
        assertThat(quadCount(db)).isEqualTo(12);
        assertThat(ask(db, "ASK { GRAPH <" + BASE + "id/article/a2> { ?p <http://www.w3.org/2000/01/rdf-schema#"
                + "label> 'Tom Baker' } }")).isTrue();
        try (Tdb2KnowledgeStore store = Tdb2KnowledgeStore.openExisting(db)) {
            assertThat(store.base()).contains(BASE);
        }
    }

    @Test
    void loadingAnArticleAgainReplacesItsGraph() throws IOException {
        Path db = temp.resolve("db");
        Cli.run("load", "--nquads", sparkOutput(article("a1", "Harbor bridge reopens", "Ana Ruiz")), "--db", db);

        Cli again = Cli.run("load", "--nquads", sparkOutput(article("a1", "Harbor bridge reopens", "Ana Ruz")),
                "--db", db);

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("Loaded 1 article, 6 triples from 1 file (1 replaced), ");
        assertThat(quadCount(db)).isEqualTo(6);
        assertThat(ask(db, "ASK { ?s ?p 'Ana Ruiz' }")).isFalse();
        assertThat(ask(db, "ASK { ?s ?p 'Ana Ruz' }")).isTrue();
    }

    @Test
    void aFolderWithoutNQuadsIsOneLineAndExitCode2() throws IOException {
        Path empty = Files.createDirectory(temp.resolve("empty"));
        Files.writeString(empty.resolve("_summary.json"), "{}");

        Cli cli = Cli.run("load", "--nquads", empty, "--db", temp.resolve("db"));

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + empty + ": no .nq files. Give the output "
                + "folder of the Spark job (part-*.nq) or .nq files.");
        assertThat(temp.resolve("db")).doesNotExist();
    }

    @Test
    void aSyntaxErrorNamesFileAndLineAndLoadsNothing() throws IOException {
        Path out = sparkOutput(article("a1", "Harbor bridge reopens", "Ana Ruiz"),
                article("a2", "Council approves budget", "Tom Baker"));
        Path broken = out.resolve("part-00001.nq");
        Files.writeString(broken, Files.readString(broken).replaceFirst("\\n<", "\n<broken "));
        Path db = temp.resolve("db");

        Cli cli = Cli.run("load", "--nquads", out, "--db", db);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).hasSize(1);
        assertThat(cli.err()).startsWith("newskg: error: " + broken + " [line 2, col ")
                .contains("Fix the file or regenerate it with the Spark job; nothing was loaded.");
        assertThat(Tdb2KnowledgeStore.isDatabase(db)).isFalse();
    }

    @Test
    void aTripleOutsideAnyNamedGraphIsRefused() throws IOException {
        Path out = sparkOutput(article("a1", "Harbor bridge reopens", "Ana Ruiz"));
        Files.writeString(out.resolve("part-00001.nq"), "<" + BASE + "x> <" + NKG + "name> \"X\" .\n");

        Cli cli = Cli.run("load", "--nquads", out, "--db", temp.resolve("db"));

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + out.resolve("part-00001.nq") + ": statement 1 "
                + "is in the default graph, but every statement must be in its article's named graph. Regenerate "
                + "the file with the Spark job.");
    }

    @Test
    void aDatabaseBuiltWithAnotherBaseIsRefused() throws IOException {
        Path db = temp.resolve("db");
        Cli.run("load", "--nquads", sparkOutput(article("a1", "Harbor bridge reopens", "Ana Ruiz")), "--db", db);
        Path other = Files.createDirectory(temp.resolve("other"));
        Files.writeString(other.resolve("part-00000.nq"), article("a9", "Elsewhere", "Ana Ruiz")
                .replace(BASE, "http://localhost:3030/newskg/"));

        Cli cli = Cli.run("load", "--nquads", other, "--db", db);

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.err()).startsWith("newskg: error: " + db + ": the database was built with base IRI '" + BASE
                + "' but --base is 'http://localhost:3030/newskg/'.");
        assertThat(graphCount(db)).isEqualTo(1);
    }

    /** A folder as the Spark job writes it: one part file per article, and the summary. */
    private Path sparkOutput(String... articles) throws IOException {
        Path out = Files.createTempDirectory(temp, "out");
        for (int i = 0; i < articles.length; i++) {
            Files.writeString(out.resolve(String.format("part-%05d.nq", i)), articles[i]);
        }
        Files.writeString(out.resolve("_summary.json"), "{\"articles\": " + articles.length + "}");
        Files.writeString(out.resolve("_SUCCESS"), "");
        return out;
    }

    /** Six quads: the article, its title, one person with a label and a mention link. */
    private static String article(String id, String title, String person) {
        String graph = "<" + BASE + "id/article/" + id + ">";
        String who = "<" + BASE + "id/person/" + person.toLowerCase().replace(' ', '-') + ">";
        return String.join("\n",
                graph + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + NKG + "Article> " + graph + " .",
                graph + " <" + NKG + "title> \"" + title + "\" " + graph + " .",
                graph + " <" + NKG + "contentHash> \"" + id + "0000\" " + graph + " .",
                who + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + NKG + "Person> " + graph + " .",
                who + " <http://www.w3.org/2000/01/rdf-schema#label> \"" + person + "\" " + graph + " .",
                who + " <" + NKG + "mentionedIn> " + graph + " " + graph + " .") + "\n";
    }
}
