package org.newskg.extract.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityLink;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.extract.Facts;
import org.newskg.extract.Geocode;
import org.newskg.extract.Located;
import org.newskg.extract.Places;
import org.newskg.gazetteer.GeoPlace;
import org.newskg.gazetteer.PlaceKind;
import org.newskg.gazetteer.Seat;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Span;
import org.newskg.wikidict.WikiDictionary;
import org.newskg.wikidict.WikiEntry;

/** The context rules of entity linking, with an in-memory dictionary and gazetteer. */
class WikiEntityLinkerTest {
    private final Map<String, WikiEntry> entries = new HashMap<>();
    private final Map<String, Set<EntityType>> places = new HashMap<>();
    private final WikiDictionary dictionary = form -> Optional.ofNullable(entries.get(form));
    private final WikiEntityLinker linker = new WikiEntityLinker(dictionary, n -> places.getOrDefault(n, Set.of()));

    private void entry(String form, String title, double score) {
        entries.put(form, new WikiEntry(title, score));
    }

    @Test
    void aSurnameAloneDoesNotLinkToANamesake() {
        entry("Carlsen", "Carlsen_Verlag", 0.46);
        entry("Ovidio", "Ovid", 0.92);

        List<EntityLink> links = link("Carlsen and Ovidio were named.", person("Carlsen"), person("Ovidio"));

        assertThat(links).isEmpty();
    }

    @Test
    void aFullNameLinksSurely() {
        entry("Laura Carlsen", "Laura_Carlsen", 1.0);
        entry("Carlsen", "Carlsen_Verlag", 0.46);

        List<EntityLink> links = link("Laura Carlsen said so. Carlsen added more.",
                person("Laura Carlsen", "Carlsen"));

        assertThat(links).singleElement().satisfies(l -> {
            assertThat(l.title()).isEqualTo("Laura_Carlsen");
            assertThat(l.sure()).isTrue();
            assertThat(l.confidence()).isEqualTo(1.0);
            assertThat(l.evidence().text()).isEqualTo("Laura Carlsen");
            assertThat(l.evidence().extractor()).isEqualTo("newskg-entitylink");
        });
    }

    @Test
    void aLowScoreIsACloseMatchAndAVeryLowOneNoLink() {
        entry("Ana Costa", "Ana_Costa", 0.8);
        entry("Luis Lind", "Luis_Lind", 0.4);
        entry("Erik Berg", "Erik_Berg", 0.25);

        List<EntityLink> links = link("Ana Costa, Luis Lind and Erik Berg met.", person("Ana Costa"),
                person("Luis Lind"), person("Erik Berg"));

        assertThat(links).extracting(EntityLink::title, EntityLink::sure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana_Costa", true),
                        org.assertj.core.groups.Tuple.tuple("Luis_Lind", false));
    }

    @Test
    void aPersonIsNeverLinkedToAWorkACompanyOrAPlace() {
        entry("Maria Lopez", "Maria_Lopez_(film)", 0.9);
        entry("John Kent", "John_Kent_(band)", 0.9);
        entry("Santa Clara", "Santa_Clara", 0.9);
        places.put("Santa Clara", Set.of(EntityType.CITY));

        List<EntityLink> links = link("Maria Lopez, John Kent and Santa Clara spoke.", person("Maria Lopez"),
                person("John Kent"), person("Santa Clara"));

        assertThat(links).isEmpty();
    }

    @Test
    void aGovernmentNamedByItsCountryIsNotLinkedToTheCountry() {
        entry("Mexico", "Mexico", 0.92);
        places.put("Mexico", Set.of(EntityType.COUNTRY));

        List<EntityLink> links = link("Mexico said no.", organization("Mexico"));

        assertThat(links).isEmpty();
    }

    @Test
    void aDisambiguatorIsSureOnlyWhenTheArticleConfirmsIt() {
        entry("John Smith", "John_Smith_(footballer)", 0.9);

        List<EntityLink> aboutFootball = link("John Smith scored twice in the football final.",
                person("John Smith"));
        List<EntityLink> aboutTaxes = link("John Smith filed his taxes.", person("John Smith"));

        assertThat(aboutFootball).singleElement().extracting(EntityLink::sure).isEqualTo(true);
        assertThat(aboutTaxes).singleElement().extracting(EntityLink::sure).isEqualTo(false);
    }

    @Test
    void aNicknameOfANamedPersonAndAnAcronymLink() {
        entry("El Chapo", "Joaquín_Guzmán", 0.79);
        entry("CIA", "Central_Intelligence_Agency", 0.96);

        List<EntityLink> links = link("Joaquín Guzmán, known as El Chapo, and the CIA.",
                new Entity("person/joaquin-guzman", EntityType.PERSON, "Joaquín Guzmán",
                        List.of("Joaquín Guzmán", "El Chapo"), List.of("El Chapo"),
                        List.of(mention("Joaquín Guzmán"), mention("El Chapo"))),
                organization("CIA"));

        assertThat(links).extracting(EntityLink::title, EntityLink::sure).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Joaquín_Guzmán", true),
                org.assertj.core.groups.Tuple.tuple("Central_Intelligence_Agency", true));
    }

    @Test
    void aCityIsNotLinkedToTheLargerPlaceThatHasThePlainTitle() {
        entry("Washington", "Washington", 0.65);
        entry("Culiacán", "Culiacán", 0.98);
        places.put("Washington", Set.of(EntityType.FIRST_LEVEL_DIVISION, EntityType.CITY));

        List<EntityLink> links = link("Washington and Culiacán.", entity("place/washington", EntityType.CITY,
                "Washington"), entity("place/culiacan", EntityType.CITY, "Culiacán"));

        assertThat(links).extracting(EntityLink::title).containsExactly("Culiacán");
    }

    @Test
    void twoNamesThatGiveTwoSurePagesLeaveOnlyACloseMatch() {
        entry("Ana Maria Costa", "Ana_Maria_Costa", 0.9);
        entry("Ana Costa", "Ana_Costa", 0.95);

        List<EntityLink> links = link("Ana Maria Costa, or Ana Costa.",
                person("Ana Maria Costa", "Ana Costa"));

        assertThat(links).singleElement().extracting(EntityLink::sure).isEqualTo(false);
    }

    @Test
    void aPageAboutACommonNounIsOnlyACloseMatch() {
        entry("Interior Ministry", "Interior_ministry", 0.9);
        entry("Police", "Police", 0.9);
        entry("Harbor Trust", "Harbor_Trust", 0.9);

        List<EntityLink> links = link("Police said the Interior Ministry and the Harbor Trust asked the city police.",
                organization("Interior Ministry"), organization("Police"), organization("Harbor Trust"));

        assertThat(links).extracting(EntityLink::title, EntityLink::sure).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Interior_ministry", false),
                org.assertj.core.groups.Tuple.tuple("Police", false),
                org.assertj.core.groups.Tuple.tuple("Harbor_Trust", true));
    }

    @Test
    void aJuniorIsNotSurelyHisNamesakeFather() {
        entry("John Gotti", "John_Gotti", 0.99);
        entry("Ana Ruiz Jr.", "Ana_Ruiz_Jr.", 0.99);

        List<EntityLink> links = link("John \"Junior\" Gotti, son of John Gotti, met Ana Ruiz Jr.",
                new Entity("person/john-gotti", EntityType.PERSON, "John Gotti", List.of("John Gotti", "Junior"),
                        List.of("Junior"), List.of()), person("Ana Ruiz Jr."));

        assertThat(links).extracting(EntityLink::title, EntityLink::sure).containsExactly(
                org.assertj.core.groups.Tuple.tuple("John_Gotti", false),
                org.assertj.core.groups.Tuple.tuple("Ana_Ruiz_Jr.", true));
    }

    @Test
    void aNameThatCarriesTheTitlesDisambiguatorLinksSurely() {
        entry("Washington, D.C.", "Washington,_D.C.", 0.96);
        places.put("Washington", Set.of(EntityType.FIRST_LEVEL_DIVISION, EntityType.CITY));

        List<EntityLink> links = link("Officials in Washington, D.C. said so.",
                entity("place/washington-dc", EntityType.CITY, "Washington, D.C."));

        assertThat(links).extracting(EntityLink::title, EntityLink::sure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Washington,_D.C.", true));
    }

    @Test
    void aCityIsLookedUpWithItsDivisionAndMayShareItsDivisionsName() {
        entry("Sherman, Texas", "Sherman,_Texas", 1.0);
        entry("Sherman", "William_Tecumseh_Sherman", 0.6);
        entry("Mexico City", "Mexico_City", 0.97);
        entry("New York", "New_York", 0.8);
        places.put("Mexico City", Set.of(EntityType.FIRST_LEVEL_DIVISION, EntityType.CITY));
        places.put("New York", Set.of(EntityType.FIRST_LEVEL_DIVISION, EntityType.CITY));
        Entity sherman = entity("place/sherman", EntityType.CITY, "Sherman");
        Entity mexicoCity = entity("place/mexico-city", EntityType.CITY, "Mexico City");
        Entity newYork = entity("place/new-york-city", EntityType.CITY, "New York City", "New York");

        body = "In Sherman, Mexico City and New York.";
        Facts named = facts(body, List.of(sherman, mexicoCity, newYork));
        Facts facts = new Facts(named.article(), named.entities(), List.of(), List.of(), List.of(), List.of(),
                List.of(), new Places(List.of(
                geocode("place/sherman", PlaceKind.CITY, "Sherman"), geocode("division/texas",
                        PlaceKind.FIRST_LEVEL_DIVISION, "Texas"),
                geocode("place/mexico-city", PlaceKind.CITY, "Mexico City"), geocode("division/mexico-city",
                        PlaceKind.FIRST_LEVEL_DIVISION, "Mexico City"),
                geocode("place/new-york-city", PlaceKind.CITY, "New York City"), geocode("division/new-york",
                        PlaceKind.FIRST_LEVEL_DIVISION, "New York")),
                List.of(inside("place/sherman", "division/texas"), inside("place/mexico-city", "division/mexico-city"),
                        inside("place/new-york-city", "division/new-york"))), 0, 0);
        List<EntityLink> links = linker.link(new AnnotatedArticle(facts.article(), List.of(), List.of(), List.of(),
                List.of(), 0), facts);

        assertThat(links).extracting(EntityLink::title, EntityLink::sure).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Sherman,_Texas", true),
                org.assertj.core.groups.Tuple.tuple("Mexico_City", true));
    }

    private static Geocode geocode(String key, PlaceKind kind, String name) {
        GeoPlace place = new GeoPlace(key, kind, name, "XX", Optional.empty(), OptionalLong.empty(),
                Optional.empty(), 1_000_000, Seat.NONE);
        return new Geocode(key, place, true, 0.9);
    }

    private static Located inside(String place, String container) {
        return new Located(place, container, new Evidence(0, "x", new Span(0, 1), "x", Located.GAZETTEER, 0.9));
    }

    // --- fixtures

    private String body;

    private List<EntityLink> link(String text, Entity... entities) {
        body = text;
        Facts facts = facts(text, List.of(entities));
        return linker.link(new AnnotatedArticle(facts.article(), List.of(), List.of(), List.of(), List.of(), 0),
                facts);
    }

    private Facts facts(String text, List<Entity> entities) {
        List<Entity> resolved = new ArrayList<>();
        for (Entity e : entities) {
            resolved.add(new Entity(e.key(), e.type(), e.name(), e.names(), e.aliases(),
                    e.names().stream().filter(text::contains).map(this::mention).toList()));
        }
        Article article = new Article("a1", "Title", Optional.empty(), Optional.empty(), Optional.empty(), text,
                "a1.txt", "0".repeat(64));
        return Facts.ofEntities(article, resolved, 0, 0);
    }

    private Evidence mention(String name) {
        String text = body == null ? name : body;
        int begin = Math.max(0, text.indexOf(name));
        return new Evidence(0, text, new Span(begin, begin + name.length()), name, "corenlp-ner", 0.9);
    }

    private static Entity person(String... names) {
        return entity("person/" + names[0].toLowerCase().replace(' ', '-'), EntityType.PERSON, names);
    }

    private static Entity organization(String name) {
        return entity("organization/" + name.toLowerCase().replace(' ', '-'), EntityType.ORGANIZATION, name);
    }

    private static Entity entity(String key, EntityType type, String... names) {
        List<String> aliases = List.of(names).stream().filter(n -> n.equals(n.toUpperCase())).toList();
        return new Entity(key, type, names[0], List.of(names), aliases, List.of());
    }
}
