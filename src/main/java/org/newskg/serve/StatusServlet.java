package org.newskg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Entities;
import org.newskg.live.ArticleOutcome;
import org.newskg.live.LiveIngester;
import org.newskg.live.LiveStatus;
import org.newskg.store.KnowledgeStore;

/**
 * {@code GET /<dataset>/status}: the live server's state, as JSON ({@code Accept: application/json} or
 * {@code ?format=json}) or as a small HTML page (anything else): articles and triples in the store, article files in
 * the queue, the last articles stored and the last failures with their reasons and times, uptime and how long the
 * NLP models took to load. Every text from an article is escaped in the page. Thread-safe.
 */
final class StatusServlet extends HttpServlet {
    static final String PATH = "status";
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient LiveIngester ingester;

    StatusServlet(LiveIngester ingester) {
        this.ingester = ingester;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ObjectNode status = status();
        String accept = Optional.ofNullable(request.getHeader("Accept")).orElse("");
        response.setCharacterEncoding("UTF-8");
        if ("json".equals(request.getParameter("format")) || accept.contains("application/json")) {
            response.setContentType("application/json");
            JSON.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), status);
            return;
        }
        response.setContentType("text/html");
        response.getOutputStream().write(html(status).getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode status() {
        LiveStatus.Snapshot snapshot = ingester.status();
        KnowledgeStore store = ingester.store();
        ObjectNode json = JSON.createObjectNode();
        json.put("articles", store.graphCount()).put("triples", store.quadCount()).put("queued", snapshot.queued())
                .put("storedSinceStart", snapshot.storedTotal()).put("failedSinceStart", snapshot.failedTotal())
                .put("started", snapshot.started().toString()).put("uptimeSeconds", snapshot.uptime().toSeconds());
        snapshot.modelLoadTime().ifPresentOrElse(load -> json.put("modelLoadMillis", load.toMillis()),
                () -> json.putNull("modelLoadMillis"));
        outcomes(json.putArray("lastStored"), snapshot.lastStored());
        outcomes(json.putArray("lastFailed"), snapshot.lastFailed());
        return json;
    }

    private static void outcomes(ArrayNode array, List<ArticleOutcome> outcomes) {
        for (ArticleOutcome outcome : outcomes) {
            ObjectNode node = array.addObject().put("source", outcome.source()).put("at", outcome.at().toString());
            outcome.iri().ifPresent(iri -> node.put("iri", iri));
            outcome.reason().ifPresent(reason -> node.put("reason", reason));
            if (outcome.stored()) {
                node.put("triples", outcome.triples()).put("nlpMillis", outcome.nlpMillis());
            }
        }
    }

    private static String html(ObjectNode status) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>newskg status</title></head><body>\n<h1>newskg status</h1>\n<table>\n");
        for (String field : List.of("articles", "triples", "queued", "storedSinceStart", "failedSinceStart",
                "started", "uptimeSeconds", "modelLoadMillis")) {
            page.append("<tr><th>").append(field).append("</th><td>").append(text(status.get(field).asText()))
                    .append("</td></tr>\n");
        }
        page.append("</table>\n");
        list(page, "Last stored", status.withArray("lastStored"), "iri");
        list(page, "Last failures", status.withArray("lastFailed"), "reason");
        return page.append("</body></html>\n").toString();
    }

    private static void list(StringBuilder page, String title, ArrayNode outcomes, String detail) {
        page.append("<h2>").append(title).append("</h2>\n<ul>\n");
        outcomes.forEach(outcome -> page.append("<li>").append(text(outcome.path("at").asText())).append(" ")
                .append(text(outcome.path("source").asText())).append(": ")
                .append(text(outcome.path(detail).asText())).append("</li>\n"));
        page.append("</ul>\n");
    }

    private static String text(String value) {
        return Entities.escape(value);
    }
}
