package org.newskg.live;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches feeds and pages the way a well-behaved crawler does: a User-Agent naming newskg, conditional GET
 * ({@code If-None-Match} and {@code If-Modified-Since} from the last answer for the same URL, so an unchanged page
 * costs a 304), at most one request per {@code perHost} to the same host, and bodies cut off at {@code maxBytes}
 * (such a page is refused, not read half). Follows redirects, except from https to http. Thread-safe; requests to one
 * host wait for each other.
 */
public final class PoliteFetcher {
    public static final String USER_AGENT =
            "newskg/1 (news knowledge graph; live feed reader; +https://w3id.org/newskg)";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Duration perHost;
    private final int maxBytes;
    private final Map<URI, Validators> validators = new ConcurrentHashMap<>();
    private final Map<String, Long> nextRequest = new ConcurrentHashMap<>();

    private record Validators(Optional<String> etag, Optional<String> lastModified) {
    }

    /** A body fetched, with where it ended up after redirects. */
    public record Fetched(URI uri, byte[] body) {
    }

    public PoliteFetcher(Duration perHost, int maxBytes) {
        this.perHost = perHost;
        this.maxBytes = maxBytes;
    }

    /**
     * The body at the URL, or empty when it has not changed since the last fetch (304).
     *
     * @throws IOException for a failed request, a status other than 200 and 304, or a body over the limit
     */
    public Optional<Fetched> fetch(URI uri) throws IOException, InterruptedException {
        waitForTurn(uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("User-Agent", USER_AGENT).GET();
        Validators known = validators.get(uri);
        if (known != null) {
            known.etag().ifPresent(etag -> request.header("If-None-Match", etag));
            known.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() == 304) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new IOException(uri + ": HTTP " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException(uri + ": larger than " + maxBytes + " bytes; not read");
            }
            Validators fresh = new Validators(response.headers().firstValue("ETag"),
                    response.headers().firstValue("Last-Modified"));
            if (fresh.etag().isPresent() || fresh.lastModified().isPresent()) {
                validators.put(uri, fresh);
            }
            return Optional.of(new Fetched(response.uri(), bytes));
        }
    }

    /** Sleeps until this host may be asked again, and books the next turn. */
    private void waitForTurn(String host) throws InterruptedException {
        long now = System.nanoTime();
        long[] slot = new long[1];
        nextRequest.compute(host, (key, next) -> {
            slot[0] = next == null || next < now ? now : next;
            return slot[0] + perHost.toNanos();
        });
        long wait = slot[0] - now;
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
