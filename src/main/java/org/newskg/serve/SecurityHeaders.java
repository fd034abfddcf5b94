package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.newskg.publish.PagePolicy;

/**
 * The filter in front of everything the server answers: refuses TRACE (405; it would echo the request, credentials
 * included, back to a script), answers parameters that are not valid percent-encoding with 400 (Fuseki would
 * fail on them with a 500 and a logged stack trace), and gives every response
 * {@code X-Content-Type-Options: nosniff} and the pages' Content-Security-Policy ({@link PagePolicy#PAGE}); a servlet that serves another kind of page, such as the viewer,
 * sets its own policy over it. Stateless and thread-safe.
 */
final class SecurityHeaders implements Filter {
    static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader(PagePolicy.NOSNIFF_HEADER, PagePolicy.NOSNIFF);
        http.setHeader(PagePolicy.CSP_HEADER, PagePolicy.PAGE);
        if ("TRACE".equalsIgnoreCase(((HttpServletRequest) request).getMethod())) {
            http.setHeader("Allow", ALLOWED_METHODS);
            text(http, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "TRACE is not allowed on this server.");
            return;
        }
        try {
            request.getParameterMap();
        } catch (RuntimeException malformed) {
            text(http, HttpServletResponse.SC_BAD_REQUEST, "Bad request: the parameters are not valid "
                    + "percent-encoding (a '%' must start %XX). Encode them, e.g. with curl --data-urlencode.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void text(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
