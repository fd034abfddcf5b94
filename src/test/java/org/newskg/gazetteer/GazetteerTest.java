package org.newskg.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.shared();

    @Test
    void loadsEveryDataset() {
        assertThat(gazetteer.count(PlaceKind.COUNTRY)).isEqualTo(250);
        assertThat(gazetteer.count(PlaceKind.FIRST_LEVEL_DIVISION)).isGreaterThan(3800);
        assertThat(gazetteer.count(PlaceKind.CITY)).isGreaterThan(135_000);
    }

    @Test
    void aCityHasItsGeoNamesIdCoordinatesDivisionAndCountry() {
        GeoPlace austin = gazetteer.lookup("Austin").stream().filter(p -> p.countryCode().equals("US"))
                .findFirst().orElseThrow();
        assertThat(austin.kind()).isEqualTo(PlaceKind.CITY);
        assertThat(austin.geonamesId()).hasValue(4671654);
        assertThat(austin.coordinates().orElseThrow().latitude()).isCloseTo(30.27, within(0.05));
        assertThat(austin.coordinates().orElseThrow().longitude()).isCloseTo(-97.74, within(0.05));
        assertThat(austin.seat()).isEqualTo(Seat.DIVISION);
        assertThat(gazetteer.containers(austin)).extracting(GeoPlace::name).containsExactly("Texas", "United States");
    }

    @Test
    void aDivisionLiesInItsCountry() {
        GeoPlace bavaria = gazetteer.lookup("Bavaria").get(0);
        assertThat(bavaria.kind()).isEqualTo(PlaceKind.FIRST_LEVEL_DIVISION);
        assertThat(bavaria.id()).isEqualTo("DE.02");
        assertThat(gazetteer.containers(bavaria)).extracting(GeoPlace::id).containsExactly("DE");
        assertThat(gazetteer.seatOf(bavaria)).map(GeoPlace::name).hasValue("Munich");
    }

    @Test
    void countriesAreFoundByTheirOtherNamesAndDemonyms() {
        assertThat(gazetteer.lookup("USA").get(0).isoCode()).hasValue("US");
        assertThat(gazetteer.lookup("the United States").get(0).id()).isEqualTo("US");
        assertThat(gazetteer.countryOfDemonym("Mexican")).map(GeoPlace::id).hasValue("MX");
        assertThat(gazetteer.countryOfDemonym("American")).map(GeoPlace::id).hasValue("US");
        assertThat(gazetteer.demonyms()).contains("german", "french", "brazilian");
    }

    @Test
    void namesMatchWithoutAccentsAndBeforeAComma() {
        assertThat(gazetteer.lookup("Bogota")).extracting(GeoPlace::countryCode).contains("CO");
        List<GeoPlace> washington = gazetteer.lookup("Washington");
        assertThat(washington).anyMatch(p -> p.seat() == Seat.COUNTRY && p.countryCode().equals("US"));
        assertThat(washington).anyMatch(p -> p.kind() == PlaceKind.FIRST_LEVEL_DIVISION);
    }

    @Test
    void anAbbreviationWithAFullStopNamesDivisions() {
        assertThat(gazetteer.lookupAbbreviation("Okla.")).extracting(GeoPlace::id).contains("US.OK");
        assertThat(gazetteer.lookupAbbreviation("Ok")).isEmpty();
    }

    @Test
    void aContractionWithAFullStopNamesTheDivisionsThatHoldItsLettersInOrder() {
        assertThat(gazetteer.lookupContraction("Fla.")).extracting(GeoPlace::id).contains("US.FL")
                .doesNotContain("US.GA");
        assertThat(gazetteer.lookupContraction("Ga.")).extracting(GeoPlace::id).contains("US.GA");
        assertThat(gazetteer.lookupContraction("Fla")).isEmpty();
    }

    @Test
    void adjectivesAreRecognizedByTheirStem() {
        assertThat(PlaceNameLib.isAdjectiveOf("Bavarian", "Bavaria")).isTrue();
        assertThat(PlaceNameLib.isAdjectiveOf("Texan", "Texas")).isTrue();
        assertThat(PlaceNameLib.isAdjectiveOf("Sardinian", "Sardinia")).isTrue();
        assertThat(PlaceNameLib.isAdjectiveOf("Bavaria", "Bavaria")).isFalse();
        assertThat(PlaceNameLib.isAdjectiveOf("Austrian", "Australia")).isFalse();
    }
}
