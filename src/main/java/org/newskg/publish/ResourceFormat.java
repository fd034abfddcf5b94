package org.newskg.publish;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a resource is served or published in: its HTML page and its description in four RDF syntaxes, each
 * with its media type and file extension.
 */
public enum ResourceFormat {
    HTML("text/html", "html"),
    TURTLE("text/turtle", "ttl"),
    JSONLD("application/ld+json", "jsonld"),
    RDFXML("application/rdf+xml", "rdf"),
    NTRIPLES("application/n-triples", "nt");

    private final String mediaType;
    private final String extension;

    ResourceFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type, e.g. {@code text/turtle}. */
    public String mediaType() {
        return mediaType;
    }

    /** The file extension without the dot, e.g. {@code ttl}. */
    public String extension() {
        return extension;
    }

    /** Whether this is an RDF syntax rather than the HTML page. */
    public boolean isRdf() {
        return this != HTML;
    }

    /** The format of a file extension ({@code ttl}), or of a name ({@code turtle}, {@code ntriples}), any case. */
    public static Optional<ResourceFormat> of(String extensionOrName) {
        String key = extensionOrName.toLowerCase(Locale.ROOT).replace("-", "");
        return Arrays.stream(values()).filter(f -> f.extension.equals(key)
                || f.name().toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    /** The extensions, for messages: {@code html, ttl, jsonld, rdf, nt}. */
    public static String extensions() {
        return String.join(", ", Arrays.stream(values()).map(ResourceFormat::extension).toList());
    }
}
