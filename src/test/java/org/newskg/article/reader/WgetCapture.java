package org.newskg.article.reader;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Records web pages into a WARC file with Debian's {@code wget --warc-file}, as a crawler writes one: the pages are
 * served by an HTTP proxy on the loopback interface that this class starts, so that wget fetches them under their
 * own addresses ({@code http://news.example/...}) and the archive's {@code WARC-Target-URI} is that address.
 *
 * <pre>{@code
 * Path warc = WgetCapture.create().page("http://news.example/a", 200, "text/html", html).record(dir, "crawl", true);
 * }</pre>
 */
public final class WgetCapture {
    private final Map<String, Response> pages = new LinkedHashMap<>();

    private record Response(int status, String contentType, byte[] body) {
    }

    private WgetCapture() {
    }

    public static WgetCapture create() {
        return new WgetCapture();
    }

    /** Serves {@code body} at {@code url} with this status and media type. */
    public WgetCapture page(String url, int status, String contentType, String body) {
        pages.put(url, new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** True when {@code wget} can be run here. */
    public static boolean wgetAvailable() {
        try {
            return new ProcessBuilder("wget", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * Fetches every page, in the order they were added, with wget through the proxy.
     *
     * @param gzip whether wget compresses the archive ({@code name.warc.gz}) or not ({@code name.warc})
     * @return the WARC file wget wrote
     */
    public Path record(Path folder, String name, boolean gzip) throws IOException, InterruptedException {
        HttpServer proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        proxy.createContext("/", this::answer);
        proxy.start();
        try {
            Path urls = folder.resolve(name + ".urls");
            Files.write(urls, new ArrayList<>(pages.keySet()));
            List<String> command = new ArrayList<>(List.of("wget", "--warc-file=" + folder.resolve(name),
                    "--no-verbose", "--tries=1", "--timeout=30", "-e", "robots=off", "-e", "use_proxy=on",
                    "-e", "http_proxy=http://127.0.0.1:" + proxy.getAddress().getPort() + "/",
                    "--output-document=" + folder.resolve(name + ".fetched"), "--input-file=" + urls));
            if (!gzip) {
                command.add(1, "--no-warc-compression");
            }
            Process wget = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(folder.resolve(name + ".log").toFile()).start();
            if (!wget.waitFor(5, TimeUnit.MINUTES)) {
                wget.destroyForcibly();
                throw new IOException("wget did not finish in 5 minutes");
            }
            // 8: the server answered some request with an error status, as pages of this test may
            if (wget.exitValue() != 0 && wget.exitValue() != 8) {
                throw new IOException("wget ended with " + wget.exitValue() + ": "
                        + Files.readString(folder.resolve(name + ".log")));
            }
        } finally {
            proxy.stop(0);
        }
        return folder.resolve(name + (gzip ? ".warc.gz" : ".warc"));
    }

    private void answer(HttpExchange exchange) throws IOException {
        Response response = pages.get(exchange.getRequestURI().toString());
        if (response == null) {
            response = new Response(404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
        }
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.sendResponseHeaders(response.status(), response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }
}
