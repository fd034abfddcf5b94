package org.newskg.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both server configs negotiate the same media types to the same files, and serve them with those types. */
class ServerConfigTest {

    @ParameterizedTest
    @CsvSource({"text/turtle, ttl", "application/ld\\+json, jsonld", "application/rdf\\+xml, rdf"})
    void eachMediaTypeIsNegotiatedToItsFileInBothConfigs(String accept, String ext) {
        String htaccess = ServerConfig.htaccess();
        String nginx = ServerConfig.nginx();
        String type = accept.replace("\\", "");

        assertThat(htaccess).contains("RewriteCond %{HTTP_ACCEPT} " + accept + "\n"
                + "RewriteCond %{REQUEST_FILENAME}." + ext + " -f\n" + "RewriteRule ^(.+)$ $1." + ext + " [L");
        assertThat(htaccess).contains("AddType " + type + " ." + ext);
        assertThat(nginx).containsPattern("\"~\\*" + accept.replace("\\", "\\\\").replace("+", "\\+") + "\"\\s+\\."
                + ext + ";");
        assertThat(nginx).containsPattern(type.replace("+", "\\+") + "\\s+" + ext + ";");
    }

    @ParameterizedTest
    @CsvSource({"htaccess", "nginx"})
    void htmlIsTheDefaultAndTheResponseVariesOnAccept(String server) {
        String config = server.equals("htaccess") ? ServerConfig.htaccess() : ServerConfig.nginx();

        assertThat(config).contains("Vary Accept", ".html", "void.ttl").doesNotContain("303", "R=");
    }

    @ParameterizedTest
    @CsvSource({"htaccess", "nginx"})
    void bothConfigsSendTheSecurityHeadersAndRefuseTrace(String server) {
        String config = server.equals("htaccess") ? ServerConfig.htaccess() : ServerConfig.nginx();

        assertThat(config).contains("X-Content-Type-Options \"nosniff\"",
                "Content-Security-Policy \"" + PagePolicy.PAGE + "\"", "TRACE");
    }

    @org.junit.jupiter.api.Test
    void everyPublishedPageCarriesThePolicyInAMeta() {
        org.apache.jena.sys.JenaSystem.init();
        String page = new HtmlPages(iri -> java.util.Optional.empty(), "newskg").index("People",
                java.util.Map.of("A", "a.html"), "index.html");

        org.jsoup.nodes.Element meta = org.jsoup.Jsoup.parse(page).selectFirst("meta[http-equiv]");
        assertThat(meta).isNotNull();
        assertThat(meta.attr("http-equiv")).isEqualTo("Content-Security-Policy");
        assertThat(meta.attr("content")).isEqualTo(PagePolicy.PAGE_META).contains("default-src 'none'")
                .doesNotContain("script-src");
    }
}
