package org.newskg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.newskg.live.ArticleOutcome;
import org.newskg.live.LiveException;
import org.newskg.live.LiveIngester;

/**
 * {@code POST /<dataset>/ingest}: the body is one article file (Markdown news, plain text or HTML) or JSON Lines with
 * one article per line; its format comes from the {@code format} parameter ({@code md}, {@code txt}, {@code html},
 * {@code jsonl}) or else from the Content-Type ({@code text/markdown}, {@code text/plain}, {@code text/html},
 * {@code application/x-ndjson}, {@code application/jsonl}). The body goes to the {@link LiveIngester}'s queue on disk
 * before anything is answered; the answer waits for the articles to be stored and lists each one's IRI and status
 * ({@code stored}, or {@code failed} with the reason) as JSON, 200. When they take longer than the wait, the answer
 * is 202 with status {@code queued}: they are ingested all the same.
 *
 * <p>Only users the update policy allows may post (Jetty asks for basic authentication on this path; 403 for another
 * user); a server without updates allowed answers 403. Bodies over {@value #MAX_BYTES} bytes get 413. Thread-safe.
 */
final class IngestServlet extends HttpServlet {
    static final String PATH = "ingest";
    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> EXTENSION_OF_TYPE = Map.of("text/markdown", "md", "text/plain", "txt",
            "text/html", "html", "application/xhtml+xml", "html", "application/x-ndjson", "jsonl",
            "application/jsonl", "jsonl", "application/jsonlines", "jsonl", "application/json-lines", "jsonl");
    private static final List<String> FORMATS = List.of("md", "txt", "html", "htm", "jsonl", "ndjson");

    private final transient LiveIngester ingester;
    private final transient Optional<AuthPolicy> updaters;
    private final Duration wait;

    IngestServlet(LiveIngester ingester, Optional<AuthPolicy> updaters, Duration wait) {
        this.ingester = ingester;
        this.updaters = updaters;
        this.wait = wait;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (updaters.isEmpty()) {
            refuse(response, 403, "this server does not accept articles. Start it with --allow-update and "
                    + "credentials to post articles.");
            return;
        }
        String user = request.getRemoteUser();
        if (user == null || !updaters.get().isAllowed(user)) {
            refuse(response, 403, "user '" + user + "' may not post articles to this server.");
            return;
        }
        Optional<String> extension = extension(request);
        if (extension.isEmpty()) {
            refuse(response, 415, "unknown article format (format '" + request.getParameter("format")
                    + "', Content-Type '" + request.getContentType() + "'). Give format=" + String.join("|", FORMATS)
                    + " or a Content-Type such as text/html or application/x-ndjson.");
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            refuse(response, 413, "the article is larger than " + MAX_BYTES + " bytes. Split it or shorten it.");
            return;
        }
        String name = Optional.ofNullable(request.getParameter("name")).orElse("posted") + "." + extension.get();
        try {
            var outcomes = ingester.submit(name, body);
            answer(response, 200, outcomes.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            ObjectNode queued = JSON.createObjectNode().put("status", "queued");
            write(response, 202, queued);
        } catch (LiveException | ExecutionException e) {
            refuse(response, 500, "could not ingest the articles: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            refuse(response, 503, "the server is stopping.");
        }
    }

    /** The extension that names the body's format for the article readers. */
    private static Optional<String> extension(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null) {
            String key = format.toLowerCase(Locale.ROOT);
            return FORMATS.contains(key) ? Optional.of(key) : Optional.empty();
        }
        String type = request.getContentType();
        if (type == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(EXTENSION_OF_TYPE.get(type.split(";")[0].strip().toLowerCase(Locale.ROOT)));
    }

    private static void answer(HttpServletResponse response, int status, List<ArticleOutcome> outcomes)
            throws IOException {
        ObjectNode json = JSON.createObjectNode();
        ArrayNode articles = json.putArray("articles");
        for (ArticleOutcome outcome : outcomes) {
            ObjectNode article = articles.addObject().put("source", outcome.source())
                    .put("status", outcome.status().name().toLowerCase(Locale.ROOT));
            outcome.iri().ifPresent(iri -> article.put("iri", iri));
            outcome.reason().ifPresent(reason -> article.put("reason", reason));
            if (outcome.stored()) {
                article.put("triples", outcome.triples());
            }
        }
        write(response, status, json);
    }

    private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        write(response, status, JSON.createObjectNode().put("status", "refused").put("reason", reason));
    }

    private static void write(HttpServletResponse response, int status, ObjectNode json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), json);
    }
}
