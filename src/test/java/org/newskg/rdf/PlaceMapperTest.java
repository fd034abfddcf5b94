package org.newskg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Evidence;
import org.newskg.extract.Facts;
import org.newskg.extract.Geocode;
import org.newskg.extract.Located;
import org.newskg.extract.Places;
import org.newskg.gazetteer.Coordinates;
import org.newskg.gazetteer.GeoPlace;
import org.newskg.gazetteer.PlaceKind;
import org.newskg.gazetteer.Seat;
import org.newskg.store.ShapesGate;

/** Geocodes and containment of the golden case's city, as RDF that meets the shapes. */
class PlaceMapperTest {
    private static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);
    private static final GeoPlace PORTMOUTH = new GeoPlace("9999001", PlaceKind.CITY, "Portmouth", "GB",
            Optional.of("GB.ENG"), OptionalLong.of(9999001), Optional.of(new Coordinates(50.8, -1.09)), 200_000,
            Seat.NONE);
    private static final GeoPlace ENGLAND = new GeoPlace("GB.ENG", PlaceKind.FIRST_LEVEL_DIVISION, "England", "GB",
            Optional.of("GB.ENG"), OptionalLong.empty(), Optional.empty(), 0, Seat.NONE);

    private static Graph mapped() {
        Facts base = NkgFactMapperTest.facts();
        Evidence mention = NkgFactMapperTest.mention("Portmouth", 0, Located.GAZETTEER, 0.9);
        Places places = new Places(List.of(new Geocode("place/portmouth", PORTMOUTH, true, 0.9),
                new Geocode("place/england", ENGLAND, false, 1.0)),
                List.of(new Located("place/portmouth", "place/england", mention)));
        Facts facts = new Facts(base.article(), base.entities(), List.of(), List.of(), List.of(), List.of(),
                List.of(), places, 5, 1);
        DatasetGraph dataset = DatasetGraphFactory.create();
        new NkgFactMapper(IRIS).map(facts, Instant.parse("2024-05-06T12:00:00Z"), StreamRDFLib.dataset(dataset));
        return dataset.getGraph(IRIS.article(facts.article().id()));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    @Test
    void aGeocodedCityHasCoordinatesItsGeoNamesIriAndCodes() {
        Graph graph = mapped();
        Node city = IRIS.entity("place/portmouth");

        assertThat(graph.contains(city, uri(PlaceMapper.WGS84 + "lat"), Node.ANY)).isTrue();
        assertThat(graph.contains(city, uri(PlaceMapper.SCHEMA + "sameAs"),
                uri("https://sws.geonames.org/9999001/"))).isTrue();
        assertThat(graph.contains(city, NKG.countryCode.asNode(), NodeFactory.createLiteralString("GB"))).isTrue();
        assertThat(graph.contains(city, NKG.divisionCode.asNode(), NodeFactory.createLiteralString("GB.ENG")))
                .isTrue();
    }

    @Test
    void anUnnamedContainerIsAPlaceWithALabelButNoName() {
        Graph graph = mapped();
        Node england = IRIS.entity("place/england");

        assertThat(graph.contains(england, RDF.type.asNode(), NKG.FirstLevelDivision.asNode())).isTrue();
        assertThat(graph.contains(england, RDFS.label.asNode(), NodeFactory.createLiteralString("England")))
                .isTrue();
        assertThat(graph.contains(england, NKG.name.asNode(), Node.ANY)).isFalse();
        assertThat(graph.contains(england, RDF.type.asNode(), NKG.Entity.asNode())).isFalse();
    }

    @Test
    void containmentIsADirectTripleAndAStatementWithEvidence() {
        Graph graph = mapped();
        Node city = IRIS.entity("place/portmouth");

        assertThat(graph.contains(city, NKG.located.asNode(), IRIS.entity("place/england"))).isTrue();
        Node statement = graph.find(Node.ANY, NKG.containedPlace.asNode(), city).next().getSubject();
        Node evidence = graph.find(statement, NKG.evidence.asNode(), Node.ANY).next().getObject();
        assertThat(graph.contains(evidence, NKG.extractor.asNode(),
                NodeFactory.createLiteralString(Located.GAZETTEER))).isTrue();
    }

    @Test
    void theMappedPlacesMeetTheShapes() {
        ValidationReport report = ShapesGate.bundled().validate(mapped());

        assertThat(report.conforms()).as(() -> report.getEntries().toString()).isTrue();
    }
}
