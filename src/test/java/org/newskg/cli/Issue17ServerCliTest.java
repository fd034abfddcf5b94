package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.news.NewsFactExtractor;
import org.newskg.live.LiveIngest;
import org.newskg.live.LiveSettings;
import org.newskg.live.LiveTestLib;
import org.newskg.rdf.NkgFactMapper;
import org.newskg.serve.Credentials;
import org.newskg.serve.SparqlServer;
import org.newskg.serve.UpdateAccess;
import org.newskg.store.ServerRecord;

/**
 * Issue 17: while a live server holds the database, {@code ingest} posts to it and the commands that read go
 * through it. The server runs in this JVM; its record names another live process (as a server's would), so the
 * commands take it for a server of another process.
 */
class Issue17ServerCliTest {
    @TempDir
    Path tmp;

    private Process holder;
    private LiveIngest live;
    private SparqlServer server;
    private Path db;

    @BeforeEach
    void start() throws Exception {
        db = LiveTestLib.emptyDatabase(tmp.resolve("db"));
        live = LiveIngest.start(db, LiveTestLib.nlp(), new NewsFactExtractor(), NkgFactMapper::new,
                LiveSettings.postsOnly());
        server = SparqlServer.create().database(db).port(0).allowUpdate(UpdateAccess.user(new Credentials("editor",
                "s3cret-pass"))).live(live.ingester(), Duration.ofSeconds(30)).build().start();
        holder = new ProcessBuilder("sleep", "120").start();
        new ServerRecord(holder.pid(), server.endpointUrl(), Instant.now()).write(db);
    }

    @AfterEach
    void stop() {
        server.close();
        live.close();
        holder.destroyForcibly();
    }

    @Test
    void ingestPostsToTheServerAndQueryAndValidateReadWhatItServes() throws Exception {
        Path articles = LiveTestLib.writeArticles(tmp.resolve("articles"), 3).get(0).getParent();
        Map<String, Long> clean = LiveTestLib.cleanIngest(tmp.resolve("clean"), List.of(articles));
        Path password = Files.writeString(tmp.resolve("password"), "s3cret-pass\n");

        Cli ingest = Cli.run("ingest", "--db", db, "--user", "editor", "--password-file", password, articles);

        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        assertThat(ingest.out()).contains("Ingested 3 article(s) through 'newskg serve' at " + server.datasetUrl());
        assertThat(LiveTestLib.countsOverHttp(server.endpointUrl())).isEqualTo(clean);

        Cli query = Cli.run("query", "--db", db, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertThat(query.exitCode()).as(query.toString()).isZero();
        assertThat(query.out()).contains("3");
        assertThat(query.errLines()).containsExactly("newskg: note: " + db + " is served by 'newskg serve' (process "
                + holder.pid() + ") at " + server.endpointUrl() + "; running the query there.");

        Cli validate = Cli.run("validate", "--db", db);
        assertThat(validate.out()).as(validate.toString()).contains("3 article graph(s)");
    }

    @Test
    void ingestWithoutCredentialsNamesTheServerAndWhatToDo() throws Exception {
        Path articles = LiveTestLib.writeArticles(tmp.resolve("articles"), 1).get(0).getParent();

        Cli ingest = Cli.run("ingest", "--db", db, articles);

        assertThat(ingest.exitCode()).as(ingest.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(ingest.errLines()).containsExactly("newskg: error: " + db + ": the database is in use by 'newskg "
                + "serve' (process " + holder.pid() + ") at " + server.endpointUrl() + ". Give --user and "
                + "--password-file to post the articles to it (it needs --allow-update), or stop that server.");
        assertThat(LiveTestLib.countsOverHttp(server.endpointUrl())).isEmpty();
    }
}
