package org.newskg.publish;

/**
 * What a browser may do with the pages newskg serves or publishes, in one place: the Content-Security-Policy of the
 * resource pages and of the graph viewer, and {@code X-Content-Type-Options: nosniff}. The server sends them as
 * headers; the published site carries the page policy in a {@code <meta http-equiv>} (for hosts that cannot set
 * headers) and in the httpd and nginx configuration it writes.
 *
 * <p>The pages need no script: only their inline style is allowed, nothing is loaded from elsewhere, and no form or
 * {@code <base>} may redirect a visitor. The embedded JSON-LD is a data block, which a policy does not block.
 */
public final class PagePolicy {
    public static final String CSP_HEADER = "Content-Security-Policy";
    public static final String NOSNIFF_HEADER = "X-Content-Type-Options";
    public static final String NOSNIFF = "nosniff";
    /** The pages' policy as a {@code <meta>} can carry it ({@code frame-ancestors} only works as a header). */
    public static final String PAGE_META = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'";
    /** The pages' policy as a header: also no framing by other sites. */
    public static final String PAGE = PAGE_META + "; frame-ancestors 'none'";
    /** The graph viewer's policy as a header: its own inline script and style, nothing loaded from elsewhere. */
    public static final String VIEWER = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private PagePolicy() {
    }
}
