package org.newskg.publish;

/**
 * Content negotiation for the static site. Every resource IRI is served directly (no 303): a request for the
 * extension-less IRI gets the file whose format the Accept header asks for, {@code .html} by default, with
 * {@code Vary: Accept}. The files themselves stay reachable with their extensions.
 */
final class ServerConfig {
    private ServerConfig() {
    }

    /**
     * {@code .htaccess} for Apache httpd with mod_rewrite, mod_headers and mod_mime, at the site's root; also sends
     * the {@link PagePolicy} headers and refuses TRACE (set {@code TraceEnable Off} in the server config as well).
     */
    static String htaccess() {
        return """
                # newskg publish: content negotiation for Apache httpd (mod_rewrite, mod_headers, mod_mime).
                # Each resource IRI (a path without extension) is answered directly with the format the Accept
                # header asks for: Turtle, JSON-LD, RDF/XML, else HTML. Needs "AllowOverride All" (or FileInfo and
                # Options) for this directory.
                Options -MultiViews
                DirectorySlash Off
                AddType text/turtle .ttl
                AddType application/ld+json .jsonld
                AddType application/rdf+xml .rdf
                AddType application/n-quads .nq
                AddEncoding gzip .gz
                AddCharset utf-8 .ttl .jsonld .rdf .html
                RewriteEngine On
                RewriteCond %{REQUEST_METHOD} ^TRACE$
                RewriteRule .* - [F]
                RewriteRule ^\\.well-known/void$ void.ttl [L]
                RewriteCond %{HTTP_ACCEPT} text/turtle
                RewriteCond %{REQUEST_FILENAME}.ttl -f
                RewriteRule ^(.+)$ $1.ttl [L,E=VARY_ACCEPT:1]
                RewriteCond %{HTTP_ACCEPT} application/ld\\+json
                RewriteCond %{REQUEST_FILENAME}.jsonld -f
                RewriteRule ^(.+)$ $1.jsonld [L,E=VARY_ACCEPT:1]
                RewriteCond %{HTTP_ACCEPT} application/rdf\\+xml
                RewriteCond %{REQUEST_FILENAME}.rdf -f
                RewriteRule ^(.+)$ $1.rdf [L,E=VARY_ACCEPT:1]
                RewriteCond %{REQUEST_FILENAME}.html -f
                RewriteRule ^(.+)$ $1.html [L,E=VARY_ACCEPT:1]
                Header append Vary Accept env=REDIRECT_VARY_ACCEPT
                Header append Vary Accept env=VARY_ACCEPT
                Header always set X-Content-Type-Options "nosniff"
                Header always set Content-Security-Policy "@CSP@"
                """.replace("@CSP@", PagePolicy.PAGE);
    }

    /**
     * An nginx snippet: the {@code map} goes in the {@code http} block, the {@code location} in the server; with the
     * {@link PagePolicy} headers, and TRACE refused.
     */
    static String nginx() {
        return """
                # newskg publish: content negotiation for nginx. Each resource IRI (a path without extension) is
                # answered directly with the format the Accept header asks for: Turtle, JSON-LD, RDF/XML, else HTML.
                # Put the map in the http block and the rest in the server block.
                map $http_accept $newskg_ext {
                    default                  .html;
                    "~*text/turtle"          .ttl;
                    "~*application/ld\\+json" .jsonld;
                    "~*application/rdf\\+xml" .rdf;
                }

                # --- in the server block (its root is this directory, served at the base URL's path):
                include mime.types;
                types {
                    text/html                 html;
                    text/turtle               ttl;
                    application/ld+json       jsonld;
                    application/rdf+xml       rdf;
                    application/n-quads       nq;
                }
                add_header X-Content-Type-Options "nosniff" always;
                add_header Content-Security-Policy "@CSP@" always;
                if ($request_method = TRACE) { return 405; }
                charset utf-8;
                charset_types text/turtle application/ld+json application/rdf+xml;
                location = /.well-known/void {
                    default_type text/turtle;
                    try_files /void.ttl =404;
                }
                location / {
                    add_header Vary Accept;
                    add_header X-Content-Type-Options "nosniff" always;
                    add_header Content-Security-Policy "@CSP@" always;
                    try_files $uri$newskg_ext $uri.html $uri $uri/index.html =404;
                }
                """.replace("@CSP@", PagePolicy.PAGE);
    }
}
