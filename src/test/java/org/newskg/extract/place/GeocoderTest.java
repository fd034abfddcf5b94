package org.newskg.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.GeoPlace;
import org.newskg.nlp.AnnotatedArticle;

/** Choosing among places of the same name by what else the article names. */
class GeocoderTest {
    private static final Geocoder GEOCODER = new Geocoder(Gazetteer.shared());
    private static final Article ARTICLE = new Article("0000000000000001", "Test", Optional.empty(),
            Optional.empty(), Optional.empty(), "", "test.txt", "0");

    private static Entity place(String name, EntityType type) {
        return new Entity("place/" + name.toLowerCase().replace(' ', '-'), type, name, List.of(name), List.of(),
                List.of());
    }

    private static Map<String, Geocoder.Resolution> resolve(Entity... places) {
        AnnotatedArticle article = new AnnotatedArticle(ARTICLE, List.of(), List.of(), List.of(), List.of(), 0);
        return GEOCODER.resolve(article, new ArrayList<>(Arrays.asList(places)), Map.of());
    }

    private static GeoPlace of(Map<String, Geocoder.Resolution> resolved, String key) {
        return resolved.get(key).place();
    }

    @Test
    void withoutContextTheMostPopulousPlaceWins() {
        Map<String, Geocoder.Resolution> resolved = resolve(place("Paris", EntityType.CITY));

        assertThat(of(resolved, "place/paris").countryCode()).isEqualTo("FR");
        assertThat(resolved.get("place/paris").confidence()).isLessThan(0.9);
    }

    @Test
    void aStateTheArticleNamesChoosesItsCity() {
        Map<String, Geocoder.Resolution> resolved = resolve(place("Paris", EntityType.CITY),
                place("Texas", EntityType.FIRST_LEVEL_DIVISION));

        assertThat(of(resolved, "place/paris").divisionCode()).hasValue("US.TX");
    }

    @Test
    void aCountryTheArticleNamesChoosesADivisionOverAnotherCountry() {
        Map<String, Geocoder.Resolution> resolved = resolve(place("Georgia", EntityType.PLACE),
                place("United States", EntityType.COUNTRY));

        assertThat(of(resolved, "place/georgia").id()).isEqualTo("US.GA");
        assertThat(of(resolved, "place/united-states").id()).isEqualTo("US");
    }

    @Test
    void aCountryNameIsTheCountryNotATownNamedAfterIt() {
        assertThat(of(resolve(place("Jordan", EntityType.PLACE)), "place/jordan").id()).isEqualTo("JO");
    }

    @Test
    void aDivisionWordAsksForADivision() {
        assertThat(of(resolve(place("Faryab province", EntityType.PLACE)), "place/faryab-province").id())
                .isEqualTo("AF.07");
    }

    @Test
    void hintsFromTheTextOutweighPopulation() {
        Entity paris = place("Paris", EntityType.CITY);
        Entity tenn = place("Tenn.", EntityType.FIRST_LEVEL_DIVISION);
        AnnotatedArticle article = new AnnotatedArticle(ARTICLE, List.of(), List.of(), List.of(), List.of(), 0);

        Map<String, Geocoder.Resolution> resolved = GEOCODER.resolve(article, List.of(paris, tenn),
                Map.of(paris.key(), Set.of(tenn)));

        assertThat(of(resolved, "place/paris").divisionCode()).hasValue("US.TN");
    }
}
