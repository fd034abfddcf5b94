package org.newskg.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Entity;
import org.newskg.extract.Geocode;
import org.newskg.extract.Located;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotatedArticleJson;

/**
 * The containment rules of {@code located.rules} on invented sentences, parsed once by CoreNLP and recorded under
 * {@code relations/}. A containment is written "place -> container [rule]", by names.
 */
class LocatedRulesTest {
    private static final PlaceExtractor EXTRACTOR = new PlaceExtractor();

    @Test
    void eachPatternStatesContainmentAndNamesItsRule() {
        assertThat(stated("located-patterns")).contains(
                "Gainesville -> Fla. [located-comma]",
                "Valdosta -> Ga. [located-comma]",
                "Kisumu -> Kenya [located-apposed-kind-in]",
                "Sopot -> Poland [located-copula-kind-in]",
                "Como -> Italy [located-copula-in]",
                "Oregon -> U.S. [located-named-kind-of]",
                "Ubud -> Bali [located-comma]",
                "Bali -> Indonesia [located-comma]",
                "Ubud -> Indonesia [located-chain]",
                "Kirtipur -> Kathmandu [located-kind-next-in-the]",
                "Kandy -> Sri Lanka [located-in-next-adjective]");
    }

    @Test
    void everyPlaceOfAListWhoseLastPlaceHasItsContainerLiesInItUnlessTheGazetteerPutsItElsewhere() {
        assertThat(stated("located-lists")).containsExactlyInAnyOrder(
                "Ocala -> Fla. [located-list-head]",
                "Palatka -> Fla. [located-list-item]",
                "Gainesville -> Fla. [located-comma]",
                "Valdosta -> Ga. [located-comma]",
                "Turin -> Italy [located-comma]");
    }

    @Test
    void aContractionStandsForTheDivisionOfTheArticlesCountry() {
        Map<String, String> geocoded = geocodes(extract("located-patterns"));
        assertThat(geocoded).containsEntry("Fla.", "Florida US").containsEntry("Ga.", "Georgia US");
    }

    @Test
    void noContainmentFromAListOrFromAPlaceTheGazetteerPutsElsewhere() {
        assertThat(stated("located-negatives")).containsExactly("Elmbrook -> Kenya [located-copula-kind-in]");
    }

    @Test
    void theGazetteerConfirmsAPlaceAndItsContainerNamedCloseTogetherInOneClause() {
        assertThat(stated("located-named-together")).contains(
                "Ocala -> Florida [located-named-together]",
                "Kandy -> Sri Lanka [located-named-together]");
    }

    @Test
    void aChainOfContainmentsInOneSentenceLinksEachPlaceToEveryContainerAbove() {
        // "Winter Park is a city in Orange County, Florida, United States": two steps above the city
        assertThat(stated("located-named-together"))
                .anyMatch(l -> l.endsWith("Park -> Orange County [located-copula-kind-in]"))
                .anyMatch(l -> l.endsWith("Park -> Florida [located-chain]"))
                .anyMatch(l -> l.endsWith("Park -> United States [located-chain]"));
    }

    @Test
    void namedTogetherNeedsThePlaceFirstCloseToItsContainerAndNoVerbOrListBetween() {
        List<String> stated = stated("located-named-together");
        assertThat(stated).noneMatch(l -> l.startsWith("Tampa") || l.startsWith("Dallas") || l.startsWith("Lyon")
                || l.startsWith("Geneva"));
        assertThat(evidence("located-named-together", "Ocala")).isEqualTo("Ocala near central Florida");
    }

    private static String evidence(String name, String place) {
        PlaceExtractor.Result result = extract(name);
        String key = result.entities().stream().filter(e -> e.names().contains(place)).findFirst().orElseThrow().key();
        return result.places().located().stream().filter(l -> l.placeKey().equals(key) && !l.fromGazetteer())
                .findFirst().orElseThrow().evidence().text();
    }

    /** The containments the text states, leaving out the gazetteer's own chain. */
    private static List<String> stated(String name) {
        PlaceExtractor.Result result = extract(name);
        Map<String, String> names = result.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name));
        Map<String, String> written = result.entities().stream()
                .collect(Collectors.toMap(Entity::key, e -> e.names().get(0)));
        return result.places().located().stream().filter(l -> !l.fromGazetteer())
                .map(l -> written.getOrDefault(l.placeKey(), names.get(l.placeKey())) + " -> "
                        + written.getOrDefault(l.containerKey(), l.containerKey()) + " ["
                        + l.evidence().extractor() + "]")
                .toList();
    }

    private static Map<String, String> geocodes(PlaceExtractor.Result result) {
        Map<String, String> written = result.entities().stream()
                .collect(Collectors.toMap(Entity::key, e -> e.names().get(0)));
        return result.places().geocodes().stream().filter(Geocode::named).collect(Collectors.toMap(
                g -> written.get(g.entityKey()), g -> g.place().name() + " " + g.place().countryCode(), (a, b) -> a));
    }

    private static PlaceExtractor.Result extract(String name) {
        AnnotatedArticle article = AnnotatedArticleJson.read(resource(name));
        return EXTRACTOR.extract(article, new EntityExtractor().extract(article).entities());
    }

    private static Path resource(String name) {
        try {
            return Path.of(LocatedRulesTest.class.getResource("/relations/" + name + ".json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
