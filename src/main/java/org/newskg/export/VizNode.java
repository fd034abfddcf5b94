package org.newskg.export;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An entity or event of the graph, with what a viewer shows of it.
 *
 * @param id       the entity's IRI
 * @param label    its name (rdfs:label), or the IRI's last segment when it has none
 * @param type     the fine type: "Person", "CriminalOrganization", "City", "Country", or an event type such as
 *                 "Arrest"
 * @param category the top category
 * @param aliases  the other names and aliases, without the label
 * @param sameAs   IRIs of the same thing elsewhere (owl:sameAs, schema:sameAs): Wikipedia, DBpedia, GeoNames
 * @param lat      WGS 84 latitude of a geocoded place
 * @param lon      WGS 84 longitude of a geocoded place
 * @param mentions how often the articles mention it (0 for an event)
 * @param facts    literal facts that are not edges, in a stable order
 * @param quotes   the quotations it said
 */
public record VizNode(String id, String label, String type, Category category, List<String> aliases,
                      List<String> sameAs, OptionalDouble lat, OptionalDouble lon, int mentions,
                      List<NodeFact> facts, List<NodeQuote> quotes) {
    public VizNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(category, "category");
        aliases = List.copyOf(aliases);
        sameAs = List.copyOf(sameAs);
        Objects.requireNonNull(lat, "lat");
        Objects.requireNonNull(lon, "lon");
        facts = List.copyOf(facts);
        quotes = List.copyOf(quotes);
    }

    /** Whether the node has both coordinates. */
    public boolean hasCoordinates() {
        return lat.isPresent() && lon.isPresent();
    }
}
