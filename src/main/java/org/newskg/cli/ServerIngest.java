package org.newskg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.newskg.article.ArticleFiles;
import org.newskg.article.ArticleFormat;
import org.newskg.serve.Credentials;
import org.newskg.store.ServerRecord;
import org.newskg.sys.ProblemReporter;

/**
 * {@code ingest} into a database a running {@code newskg serve} holds: each input file is posted to the server's
 * ingest route with the user's credentials, and the server stores the articles while it serves them. The articles
 * each answer names as failed are reported as the CLI reports its own skipped articles.
 */
final class ServerIngest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerRecord server;
    private final Path db;
    private final Optional<Credentials> credentials;
    private final ProblemReporter problems;

    ServerIngest(ServerRecord server, Path db, Optional<Credentials> credentials, ProblemReporter problems) {
        this.server = server;
        this.db = db;
        this.credentials = credentials;
        this.problems = problems;
    }

    /** Posts every input file; returns the exit code and prints the summary on {@code out}. */
    int run(List<Path> inputs, java.io.PrintWriter out) {
        Credentials user = credentials.orElseThrow(() -> new UserInputException(db + ": the database is in use by "
                + "'newskg serve' (process " + server.pid() + ") at " + server.endpoint() + ". Give --user and "
                + "--password-file to post the articles to it (it needs --allow-update), or stop that server."));
        int stored = 0;
        for (Path file : ArticleFiles.expand(inputs, problem -> problems.error(problem.message()))) {
            for (JsonNode article : post(file, user, out).path("articles")) {
                if (article.path("status").asText().equals("stored")) {
                    stored++;
                } else {
                    problems.error(article.path("reason").asText());
                }
            }
        }
        int failed = problems.errors();
        out.println("Ingested " + stored + " article(s) through 'newskg serve' at " + server.datasetUrl()
                + (failed > 0 ? "; skipped " + failed : "") + ".");
        if (failed == 0) {
            return ExitCodes.OK;
        }
        return stored == 0 ? ExitCodes.INVALID_INPUT : ExitCodes.SKIPPED;
    }

    private JsonNode post(Path file, Credentials user, java.io.PrintWriter out) {
        String url = server.ingestUrl() + "?format=" + URLEncoder.encode(ArticleFormat.extensionOf(file),
                StandardCharsets.UTF_8) + "&name=" + URLEncoder.encode(file.getFileName().toString(),
                StandardCharsets.UTF_8);
        String auth = Base64.getEncoder().encodeToString((user.user() + ":" + user.password())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + auth)
                    .header("Content-Type", "application/octet-stream").timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UserInputException(file + ": could not post the article to 'newskg serve' at "
                    + server.ingestUrl() + ": " + e.getMessage() + ". Check that the server runs.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserInputException("interrupted while posting " + file + ".");
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new UserInputException(server.ingestUrl() + ": the server refused the articles (HTTP "
                    + response.statusCode() + "). Check --user and --password-file, and that the server runs with "
                    + "--allow-update.");
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() == 202) {
            out.println(file + ": the server has queued the articles and stores them shortly.");
            return JSON.createObjectNode();
        }
        if (response.statusCode() != 200) {
            problems.error(file + ": " + answer.path("reason").asText("HTTP " + response.statusCode()));
            return JSON.createObjectNode();
        }
        return answer;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
