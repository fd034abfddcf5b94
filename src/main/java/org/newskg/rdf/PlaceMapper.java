package org.newskg.rdf;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.extract.Entity;
import org.newskg.extract.Facts;
import org.newskg.extract.Geocode;
import org.newskg.gazetteer.GeoPlace;

/**
 * Writes what the gazetteer says of an article's places: coordinates (W3C WGS 84 {@code geo:lat}, {@code geo:long}),
 * the GeoNames IRI of a city ({@code schema:sameAs}), the ISO 3166-1 code of its country and the GeoNames code of its
 * first-level division; a container the article does not name becomes a place node with a label but no
 * {@code nkg:name}, so it is not one of the article's entities.
 */
final class PlaceMapper {
    static final String WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    static final String SCHEMA = "https://schema.org/";
    static final String GEONAMES = "https://sws.geonames.org/";

    private final IriMinter iris;
    private final NkgFactMapper.QuadWriter out;

    PlaceMapper(IriMinter iris, NkgFactMapper.QuadWriter out) {
        this.iris = iris;
        this.out = out;
    }

    void write(Facts facts) {
        Set<String> entities = facts.entities().stream().map(Entity::key).collect(Collectors.toSet());
        for (Geocode geocode : facts.places().geocodes()) {
            Node node = iris.entity(geocode.entityKey());
            GeoPlace place = geocode.place();
            if (!geocode.named() && !entities.contains(geocode.entityKey())) {
                out.add(node, RDF.type.asNode(), NKG.Place.asNode());
                out.add(node, RDF.type.asNode(), fineClass(place));
                out.add(node, RDFS.label.asNode(), NkgFactMapper.literal(place.name()));
            }
            place.coordinates().ifPresent(c -> {
                out.add(node, uri(WGS84 + "lat"), decimal(c.latitude()));
                out.add(node, uri(WGS84 + "long"), decimal(c.longitude()));
            });
            place.geonamesId().ifPresent(id -> {
                out.add(node, uri(SCHEMA + "sameAs"), uri(GEONAMES + id + "/"));
                out.add(node, NKG.geonamesId.asNode(), NkgFactMapper.integer(id));
            });
            out.add(node, NKG.countryCode.asNode(), NkgFactMapper.literal(place.countryCode()));
            place.divisionCode().ifPresent(d -> out.add(node, NKG.divisionCode.asNode(), NkgFactMapper.literal(d)));
        }
    }

    private static Node fineClass(GeoPlace place) {
        return switch (place.kind()) {
            case COUNTRY -> NKG.Country.asNode();
            case FIRST_LEVEL_DIVISION -> NKG.FirstLevelDivision.asNode();
            case CITY -> NKG.City.asNode();
        };
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** A coordinate to 7 places (about a centimetre), as a canonical decimal. */
    private static Node decimal(double value) {
        return LiteralLib.decimal(value, 7);
    }
}
