package org.newskg.article;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Article addresses as IRIs that RDF can hold. An address is read as a browser reads what is typed into its address
 * bar: white space at the ends is dropped, and the ASCII characters an IRI may not contain (spaces, control
 * characters and {@code " < > \ ^ ` { | }}) are percent-encoded; what is left must be an IRI with a scheme (a fragment is
 * allowed), as Jena checks it by RFC 3987. Thread-safe.
 */
public final class IriLib {
    private static final String NOT_IN_IRI = " \"<>\\^`{|}";

    private IriLib() {
    }

    /**
     * The address as a valid absolute IRI.
     *
     * @throws IllegalArgumentException saying what is wrong, e.g. {@code 'news/story' is not an absolute IRI (it has
     *                                  no scheme such as https:)}
     */
    public static String toIri(String address) {
        String iri = encodeForbidden(address.strip());
        if (iri.isEmpty()) {
            throw new IllegalArgumentException("the address is empty");
        }
        IRIx parsed;
        try {
            parsed = IRIx.create(iri);
        } catch (IRIException e) {
            throw new IllegalArgumentException(ArticleProblem.quote(address) + " is not a valid IRI ("
                    + reason(e) + ")");
        }
        if (!parsed.isReference()) {
            throw new IllegalArgumentException(ArticleProblem.quote(address) + " is not an absolute IRI (it has no"
                    + " scheme such as https:)");
        }
        return iri;
    }

    /** True when {@link #toIri(String)} gives the address back unchanged. */
    public static boolean isValid(String iri) {
        try {
            return toIri(iri).equals(iri);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String encodeForbidden(String address) {
        StringBuilder out = new StringBuilder(address.length());
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c < 0x20 || c == 0x7F || NOT_IN_IRI.indexOf(c) >= 0) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String reason(IRIException e) {
        String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
        return message.length() <= 120 ? message : message.substring(0, 117) + "...";
    }
}
