package org.newskg.serve;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.newskg.publish.ResourceFormat;

/**
 * Content negotiation with Jena's {@link AcceptList}: the best of the offered formats for an Accept header, taking
 * q-values into account ({@code q=0} refuses a type). No Accept header means the first offer.
 */
final class Negotiation {
    /** What a resource IRI offers: the page first (the default), then its description in four RDF syntaxes. */
    static final List<ResourceFormat> RESOURCE = List.of(ResourceFormat.values());
    /** What the ontology and the VoID description offer: Turtle first. */
    static final List<ResourceFormat> RDF = List.of(ResourceFormat.TURTLE, ResourceFormat.JSONLD,
            ResourceFormat.RDFXML, ResourceFormat.NTRIPLES);

    private Negotiation() {
    }

    /** The offer the Accept header prefers, or empty when it accepts none of them (HTTP 406). */
    static Optional<ResourceFormat> choose(String accept, List<ResourceFormat> offers) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers.get(0));
        }
        AcceptList offered = AcceptList.create(offers.stream().map(ResourceFormat::mediaType)
                .toArray(String[]::new));
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), offered);
        } catch (RuntimeException unparsable) {
            return Optional.empty();
        }
        if (chosen == null) {
            return Optional.empty();
        }
        return offers.stream().filter(f -> f.mediaType().equals(chosen.getContentTypeStr())).findFirst();
    }

    /** The media types offered, for a 406 response: {@code text/turtle, application/ld+json, ...}. */
    static String list(List<ResourceFormat> offers) {
        return String.join(", ", offers.stream().map(ResourceFormat::mediaType).toList());
    }
}
