package org.newskg.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Geocode;
import org.newskg.extract.Located;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.gazetteer.GeoPlace;
import org.newskg.gazetteer.PlaceKind;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotatedArticleJson;

/** Place typing, geocoding and containment on short recorded texts ({@code src/test/resources/places}). */
class PlaceExtractorTest {
    private static final Path CASES = Path.of("src", "test", "resources", "places");
    private static final PlaceExtractor EXTRACTOR = new PlaceExtractor();

    private static PlaceExtractor.Result extract(String name) {
        AnnotatedArticle article = AnnotatedArticleJson.read(CASES.resolve(name).resolve("annotated.json"));
        return EXTRACTOR.extract(article, new EntityExtractor().extract(article).entities());
    }

    private static Map<String, GeoPlace> geocodes(PlaceExtractor.Result result) {
        return result.places().geocodes().stream().collect(Collectors.toMap(Geocode::entityKey, Geocode::place));
    }

    /** "place -> container (extractor)" for every containment, by the containers' names. */
    private static List<String> located(PlaceExtractor.Result result) {
        Map<String, GeoPlace> places = geocodes(result);
        Map<String, String> names = result.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name));
        return result.places().located().stream().map(l -> name(l.placeKey(), names, places) + " -> "
                + name(l.containerKey(), names, places) + " (" + l.evidence().extractor() + ")").toList();
    }

    private static String name(String key, Map<String, String> names, Map<String, GeoPlace> places) {
        return Optional.ofNullable(names.get(key)).orElseGet(() -> places.get(key).name());
    }

    private static Entity entity(PlaceExtractor.Result result, String name) {
        return result.entities().stream().filter(e -> e.names().contains(name)).findFirst().orElseThrow();
    }

    @Test
    void aDatelineAbbreviationChoosesTheSpringfieldOfItsState() {
        PlaceExtractor.Result result = extract("comma");

        assertThat(geocodes(result).get("place/springfield-us-il").divisionCode()).hasValue("US.IL");
        assertThat(geocodes(result).get("place/illinois-us").name()).isEqualTo("Illinois");
        assertThat(entity(result, "Springfield").type()).isEqualTo(EntityType.CITY);
        assertThat(entity(result, "Ill.").type()).isEqualTo(EntityType.FIRST_LEVEL_DIVISION);
        assertThat(located(result)).contains("Springfield -> Illinois (located-comma)",
                "Illinois -> United States (newskg-gazetteer)");
    }

    @Test
    void aPlaceCommaCountryIsContainmentButAListOfCountriesIsNot() {
        PlaceExtractor.Result result = extract("comma");

        assertThat(located(result)).contains("Lyon -> France (located-comma)")
                .noneMatch(l -> l.matches("(Chad|Mali|Niger) -> .*"));
        assertThat(entity(result, "Chad").type()).isEqualTo(EntityType.COUNTRY);
    }

    @Test
    void washingtonInAnArticleAboutTheUnitedStatesIsTheCapital() {
        PlaceExtractor.Result result = extract("comma");
        GeoPlace washington = geocodes(result).get(entity(result, "Washington").key());

        assertThat(washington.kind()).isEqualTo(PlaceKind.CITY);
        assertThat(washington.divisionCode()).hasValue("US.DC");
        assertThat(washington.coordinates().orElseThrow().latitude()).isBetween(38.8, 39.0);
    }

    @Test
    void aNationalityAdjectiveBeforeAKindOfPlaceNamesTheCountry() {
        PlaceExtractor.Result result = extract("kind-of");

        assertThat(located(result)).contains("Erlangen -> Germany (located-adjective-kind-of)",
                "Odense -> Denmark (located-adjective-kind-of)");
        Geocode germany = result.places().geocodes().stream().filter(g -> g.place().id().equals("DE")).findFirst()
                .orElseThrow();
        assertThat(germany.named()).as("the article does not name Germany").isFalse();
        assertThat(result.entities()).extracting(Entity::key).doesNotContain(germany.entityKey());
    }

    @Test
    void aPlaceCompoundOfAKindNounLiesInThePlaceAfterOf() {
        assertThat(located(extract("kind-of"))).contains("Andkhōy -> Faryab (located-kind-of-kind)");
    }

    @Test
    void aPlaceInAPlaceIsContainmentWhenTheGazetteerAgrees() {
        assertThat(located(extract("kind-of"))).contains("Bordeaux -> France (located-in)");
    }

    @Test
    void theAdjectiveOfANamedPlaceBeforeCapitalNamesItsSeat() {
        assertThat(located(extract("capital"))).contains("Munich -> Bavaria (located-adjective-capital)");
    }

    @Test
    void theGazetteerPlacesEveryGeocodedPlaceInItsDivisionAndCountry() {
        PlaceExtractor.Result result = extract("capital");

        assertThat(located(result)).contains("Munich -> Bavaria (newskg-gazetteer)",
                "Bavaria -> Germany (newskg-gazetteer)", "Ontario -> Canada (newskg-gazetteer)");
        Located ontario = result.places().located().stream()
                .filter(l -> l.placeKey().equals("place/ontario-ca") && l.fromGazetteer()).findFirst().orElseThrow();
        assertThat(ontario.evidence().sentenceText()).contains("Ontario", "Canada");
        assertThat(ontario.evidence().confidence()).isGreaterThan(0.5);
    }

    @Test
    void aPlaceTheGazetteerDoesNotKnowKeepsItsTypeAndGetsNoGeocode() {
        Entity unknown = new Entity("place/nowhere-vale", EntityType.PLACE, "Nowhere Vale", List.of("Nowhere Vale"),
                List.of(), List.of());
        AnnotatedArticle article = AnnotatedArticleJson.read(CASES.resolve("capital").resolve("annotated.json"));

        PlaceExtractor.Result result = EXTRACTOR.extract(article, List.of(unknown));

        assertThat(result.entities()).containsExactly(unknown);
        assertThat(result.places().geocodes()).isEmpty();
        assertThat(result.places().located()).isEmpty();
    }
}
