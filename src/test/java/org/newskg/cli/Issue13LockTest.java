package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.cli.CliFixtures.NEWS;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.ServerRecord;
import org.newskg.sys.FakeNlpLoader;

/**
 * Issue 13, item 8: a database another process holds, or a path where none can be created, fails at once with a
 * message that says who holds it and what to do, before any NLP model is loaded.
 */
class Issue13LockTest {
    private static final Duration QUICK = Duration.ofSeconds(10);

    @RegisterExtension
    final FakeNlpLoader nlp = FakeNlpLoader.forbidden();

    @TempDir
    Path temp;

    private Process holder;

    @AfterEach
    void release() throws InterruptedException {
        if (holder != null) {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aDatabaseAnotherProcessHoldsFailsAtOnceNamingTheProcess() throws IOException {
        Path db = temp.resolve("db");
        holder = holdInChildProcess(db);

        Instant start = Instant.now();
        Cli ingest = Cli.run(nlp.models(), "ingest", "--db", db, NEWS);
        Cli query = Cli.run(nlp.models(), "query", "--db", db, "SELECT * { ?s ?p ?o } LIMIT 1");

        String message = "newskg: error: " + db + ": the database is in use by process " + holder.pid()
                + " (another newskg command or a server). Wait for it to finish or stop it, or choose another --db.";
        assertThat(ingest.exitCode()).as(ingest.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(ingest.errLines()).containsExactly(message);
        assertThat(query.exitCode()).as(query.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(query.errLines()).containsExactly(message);
        assertThat(Duration.between(start, Instant.now())).isLessThan(QUICK);
    }

    @Test
    void aDatabaseAServerHoldsNamesTheServersEndpoint() throws IOException {
        Path db = temp.resolve("db");
        holder = holdInChildProcess(db);
        String endpoint = "http://localhost:3999/newskg/sparql";
        new ServerRecord(holder.pid(), endpoint, Instant.now()).write(db);

        Cli cli = Cli.run(nlp.models(), "ingest", "--db", db, NEWS);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + db + ": the database is in use by 'newskg "
                + "serve' (process " + holder.pid() + ") at " + endpoint + ". Give --user and --password-file to post "
                + "the articles to it (it needs --allow-update), or stop that server.");
    }

    @Test
    void aServerRecordWhoseProcessIsGoneIsIgnored() throws IOException, InterruptedException {
        Path db = temp.resolve("db");
        CliFixtures.storeDatasetTrig(db);
        Process gone = new ProcessBuilder(javaCommand(), "-version").redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        new ServerRecord(gone.pid(), "http://localhost:3999/newskg/sparql", Instant.now()).write(db);

        Cli cli = Cli.run(nlp.models(), "query", "--db", db, "ASK { ?s ?p ?o }");

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aPathWhereNoDatabaseCanBeCreatedFailsBeforeTheModelsLoad() {
        Path db = Path.of("/proc/newskg-test-db");

        Cli cli = Cli.run(nlp.models(), "ingest", "--db", db, NEWS);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.errLines()).hasSize(1);
        assertThat(cli.errLines().get(0)).startsWith("newskg: error: " + db + ": cannot create the database here: ")
                .endsWith(". Choose a writable directory with --db.");
        assertThat(db).doesNotExist();
    }

    private static Process holdInChildProcess(Path db) throws IOException {
        Process process = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                HoldDatabase.class.getName(), db.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the child process opened the database").isEqualTo(HoldDatabase.READY);
        return process;
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
