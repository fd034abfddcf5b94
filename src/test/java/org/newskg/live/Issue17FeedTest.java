package org.newskg.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.news.NewsFactExtractor;
import org.newskg.rdf.NkgFactMapper;
import org.newskg.serve.SparqlServer;

/**
 * Issue 17: {@code serve --feed} against an RSS feed and its pages served by a loopback HTTP server: each item is
 * stored once, and the next polls store nothing again, whether the page names its URL (identity: not fetched again),
 * answers a conditional GET with 304, or is fetched again unchanged (content hash). Requests name newskg, keep to the
 * per-host delay, and a page over the size limit is not read.
 */
class Issue17FeedTest {
    private static final int MAX_BYTES = 20_000;

    @TempDir
    Path tmp;

    private HttpServer site;
    private LiveIngest live;
    private SparqlServer server;
    private final Map<String, AtomicInteger> served = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
    private final List<String> agents = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> times = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (live != null) {
            live.close();
        }
        if (site != null) {
            site.stop(0);
        }
    }

    @Test
    void feedItemsAreStoredOnceAndNotAgainOnLaterPolls() throws Exception {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String origin = "http://127.0.0.1:" + site.getAddress().getPort();
        site.createContext("/", exchange -> answer(exchange, origin));
        site.start();

        Path db = LiveTestLib.emptyDatabase(tmp.resolve("db"));
        LiveSettings settings = new LiveSettings(Optional.empty(), Duration.ofMillis(100),
                List.of(URI.create(origin + "/feed.xml")), Duration.ofMillis(300), Duration.ofMillis(100), MAX_BYTES);
        live = LiveIngest.start(db, LiveTestLib.nlp(), new NewsFactExtractor(), NkgFactMapper::new, settings);
        server = SparqlServer.create().database(db).port(0).live(live.ingester(), Duration.ofSeconds(30)).build()
                .start();

        LiveTestLib.await(Duration.ofSeconds(60), () -> LiveTestLib.countsOverHttp(server.endpointUrl()).size() == 4,
                "the 4 readable items stored");
        int feedPolls = served.get("/feed.xml").get();
        LiveTestLib.await(Duration.ofSeconds(30), () -> served.get("/feed.xml").get() >= feedPolls + 3,
                "3 more polls");
        Thread.sleep(500);

        assertThat(LiveTestLib.countsOverHttp(server.endpointUrl())).hasSize(4);
        JsonNode status = LiveTestLib.json(LiveTestLib.get(server.datasetUrl() + "/status?format=json", "*/*")
                .body());
        assertThat(status.path("storedSinceStart").asLong()).isEqualTo(4);
        assertThat(served.get("/news/named-1.html").get()).as("page naming its URL").isEqualTo(1);
        assertThat(served.get("/news/named-2.html").get()).as("page naming its URL").isEqualTo(1);
        assertThat(served.get("/news/tagged.html").get()).as("page with an ETag").isEqualTo(1);
        assertThat(notModified.get("/news/tagged.html").get()).isGreaterThanOrEqualTo(3);
        assertThat(served.get("/news/plain.html").get()).as("page without validators").isGreaterThan(1);
        assertThat(served.get("/news/huge.html").get()).isPositive();
        assertThat(agents).allMatch(agent -> agent.startsWith("newskg/"));
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        assertThat(sorted.get(sorted.size() - 1) - sorted.get(0)).as("ms for %d requests to one host", sorted.size())
                .isGreaterThanOrEqualTo((sorted.size() - 1) * 90L);
    }

    private void answer(HttpExchange exchange, String origin) throws IOException {
        String path = exchange.getRequestURI().getPath();
        times.add(System.nanoTime() / 1_000_000);
        agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        String body;
        String etag = null;
        switch (path) {
            case "/feed.xml" -> body = rss(origin);
            case "/news/named-1.html", "/news/named-2.html" -> body = page(path, Optional.of(origin + path));
            case "/news/tagged.html" -> {
                body = page(path, Optional.empty());
                etag = "\"v1\"";
            }
            case "/news/plain.html" -> body = page(path, Optional.empty());
            case "/news/huge.html" -> body = page(path, Optional.empty()).replace("</body>",
                    "<p>" + "Filler words again. ".repeat(MAX_BYTES / 10) + "</p></body>");
            default -> {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
        }
        if (etag != null && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        served.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        if (etag != null) {
            exchange.getResponseHeaders().add("ETag", etag);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", path.endsWith(".xml") ? "application/rss+xml" : "text/html");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String rss(String origin) {
        StringBuilder items = new StringBuilder();
        for (String page : List.of("named-1", "named-2", "tagged", "plain", "huge")) {
            items.append("<item><title>Item ").append(page).append("</title><link>").append(origin)
                    .append("/news/").append(page).append(".html</link></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbor wire</title><link>" + origin
                + "</link><description>Invented news</description>" + items + "</channel></rss>";
    }

    private static String page(String path, Optional<String> canonical) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return "<html><head><title>Harbor wire: " + name + "</title>"
                + canonical.map(url -> "<link rel=\"canonical\" href=\"" + url + "\">").orElse("")
                + "</head><body><h1>Harbor wire: " + name + "</h1><p>Ana Ruiz, the chief executive of Harbor Bank, "
                + "spoke about " + name + " in Lisbon.</p><p>Tom Vale met Ana Ruiz on Monday.</p></body></html>";
    }
}
