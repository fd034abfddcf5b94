package org.newskg.extract.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.extract.ExtractionContext;
import org.newskg.extract.Found;
import org.newskg.extract.Geocode;
import org.newskg.extract.Located;
import org.newskg.extract.Output;
import org.newskg.extract.Places;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.GeoPlace;
import org.newskg.gazetteer.PlaceKind;
import org.newskg.nlp.AnnotatedArticle;

/**
 * Types and geocodes an article's places and reads which lies in which.
 *
 * <ol>
 *   <li>{@link ContainmentReader} reads the containment the text states; containers written next to a place
 *       ("Springfield, Ill.") help the {@link Geocoder} choose among places of the same name.</li>
 *   <li>Each place the gazetteer knows gets its kind (country, first-level division, city) as its type, and a
 *       {@link Geocode}.</li>
 *   <li>A stated containment is kept when the gazetteer agrees, or does not know the contained place; a list of
 *       places ("Chad, Mali and Niger") is never containment, since a country lies in no country.</li>
 *   <li>The gazetteer adds every geocoded place's own chain: a city in its division, a division in its country,
 *       with containers the article does not name as unnamed {@link Geocode}s.</li>
 * </ol>
 * Thread-safe: the gazetteer is immutable, and loaded once.
 */
public final class PlaceExtractor implements ArticleExtractor {
    private static final String COREF = "corenlp-coref";

    private final Supplier<Gazetteer> source;
    private volatile Parts parts;

    /** What needs the loaded gazetteer. */
    private record Parts(Gazetteer gazetteer, Geocoder geocoder, ContainmentReader reader, NamedTogether together) {
    }

    /**
     * Typed entities and their places.
     *
     * @param entities the article's entities, places typed by the gazetteer
     * @param places   geocodes and containment
     */
    public record Result(List<Entity> entities, Places places) {
    }

    /** With the shared gazetteer, which starts loading in the background now and is waited for on first use. */
    public PlaceExtractor() {
        Gazetteer.preload();
        this.source = Gazetteer::shared;
    }

    public PlaceExtractor(Gazetteer gazetteer) {
        this.source = () -> gazetteer;
    }

    private Parts parts() {
        Parts loaded = parts;
        if (loaded == null) {
            Gazetteer gazetteer = source.get();
            loaded = new Parts(gazetteer, new Geocoder(gazetteer), new ContainmentReader(gazetteer),
                    new NamedTogether(gazetteer));
            parts = loaded;
        }
        return loaded;
    }

    public Result extract(AnnotatedArticle article, List<Entity> entities) {
        Parts parts = parts();
        ContainmentReader reader = parts.reader();
        Gazetteer gazetteer = parts.gazetteer();
        List<Entity> places = entities.stream().filter(e -> e.type().top() == EntityType.TopType.PLACE).toList();
        Map<String, Set<Entity>> hints = new HashMap<>();
        for (ContainmentReader.Statement s : reader.read(article, entities, e -> Optional.empty())) {
            s.container().ifPresent(c -> hints.computeIfAbsent(s.place().key(), k -> new HashSet<>()).add(c));
        }
        Map<String, Geocoder.Resolution> found = parts.geocoder().resolve(article, places, hints);
        Map<String, String> rekeyed = gazetteerKeys(entities, found);
        Map<String, Geocoder.Resolution> resolved = new LinkedHashMap<>();
        found.forEach((key, r) -> resolved.put(rekeyed.getOrDefault(key, key), r));
        entities = entities.stream().map(e -> rekeyed.containsKey(e.key()) ? new Entity(rekeyed.get(e.key()),
                e.type(), e.name(), e.names(), e.aliases(), e.mentions()) : e).toList();
        places = entities.stream().filter(e -> e.type().top() == EntityType.TopType.PLACE).toList();
        List<Entity> typed = entities.stream().map(e -> retype(e, resolved.get(e.key()))).toList();
        Keys keys = new Keys(resolved, entities);
        Map<String, Located> located = new LinkedHashMap<>();
        for (ContainmentReader.Statement s : reader.read(article, typed,
                e -> Optional.ofNullable(resolved.get(e.key())).map(Geocoder.Resolution::place))) {
            accept(gazetteer, s, resolved, keys).ifPresent(l -> located.putIfAbsent(edge(l), l));
        }
        SentenceChains.close(located, PlaceExtractor::edge, article.body());
        Map<String, GeoPlace> geocoded = new HashMap<>();
        resolved.forEach((key, r) -> geocoded.put(key, r.place()));
        parts.together().read(places, geocoded, article).forEach(l -> located.putIfAbsent(edge(l), l));
        SentenceChains.close(located, PlaceExtractor::edge, article.body());
        for (Entity place : places) {
            Geocoder.Resolution resolution = resolved.get(place.key());
            if (resolution != null) {
                chain(gazetteer, place, resolution, typed, keys, located);
            }
        }
        List<Geocode> geocodes = new ArrayList<>();
        resolved.forEach((key, r) -> geocodes.add(new Geocode(key, r.place(), true, r.confidence())));
        keys.unnamed.forEach((place, key) -> geocodes.add(new Geocode(key, place, false, 1.0)));
        geocodes.sort(java.util.Comparator.comparing(Geocode::entityKey));
        return new Result(typed, new Places(geocodes, List.copyOf(located.values())));
    }

    private static Optional<Located> accept(Gazetteer gazetteer, ContainmentReader.Statement s,
                                            Map<String, Geocoder.Resolution> resolved, Keys keys) {
        Optional<GeoPlace> place = Optional.ofNullable(resolved.get(s.place().key())).map(Geocoder.Resolution::place);
        Optional<GeoPlace> container = s.container().map(c -> resolved.get(c.key()))
                .map(Geocoder.Resolution::place).or(s::country);
        boolean cityHoldsKnownPlace = container.isPresent() && container.get().kind() == PlaceKind.CITY
                && place.isPresent();
        if (s.needsGazetteer() && (container.isEmpty() || cityHoldsKnownPlace)) {
            return Optional.empty();
        }
        // the gazetteer knows what lies in a country or division, not what lies in a city ("a village in Oakdale")
        boolean judged = container.isPresent() && place.isPresent() && container.get().kind() != PlaceKind.CITY;
        if (judged && !gazetteer.contains(container.get(), place.get())) {
            return Optional.empty();
        }
        String containerKey = s.container().map(Entity::key).orElseGet(() -> keys.of(container.get()));
        return Optional.of(new Located(s.place().key(), containerKey, s.evidence()));
    }

    /** The gazetteer's chain above a place: its division, then its country. */
    private static void chain(Gazetteer gazetteer, Entity place, Geocoder.Resolution resolution,
                              List<Entity> entities, Keys keys, Map<String, Located> located) {
        String below = place.key();
        Entity namedBelow = place;
        for (GeoPlace container : gazetteer.containers(resolution.place())) {
            String key = keys.of(container);
            Optional<Entity> namedContainer = entities.stream().filter(e -> e.key().equals(key)).findFirst();
            Evidence evidence = gazetteerEvidence(namedBelow, namedContainer, resolution.confidence());
            Located edge = new Located(below, key, evidence);
            located.putIfAbsent(edge(edge), edge);
            below = key;
            namedBelow = namedContainer.orElse(null);
            if (namedBelow == null) {
                namedBelow = place;
            }
        }
    }

    /** The mention of the place, preferably in a sentence that also names the container. */
    private static Evidence gazetteerEvidence(Entity place, Optional<Entity> container, double confidence) {
        List<Evidence> names = place.mentions().stream().filter(m -> !m.extractor().startsWith(COREF)).toList();
        Evidence mention = names.stream().filter(m -> container.map(c -> c.mentions().stream()
                .anyMatch(n -> n.sentenceIndex() == m.sentenceIndex() && !n.extractor().startsWith(COREF)))
                .orElse(false)).findFirst().orElse(names.isEmpty() ? place.mentions().get(0) : names.get(0));
        return new Evidence(mention.sentenceIndex(), mention.sentenceText(), mention.span(), mention.text(),
                Located.GAZETTEER, confidence);
    }

    private static String edge(Located located) {
        return located.placeKey() + " " + located.containerKey() + " " + located.fromGazetteer();
    }

    /**
     * Places the gazetteer resolved are keyed by the gazetteer entry, not by the name the article used, so that "US",
     * "U.S." and "United States" are one node in every article, and two places named Sherman are two. A place whose
     * key another entity of the article already has keeps its own.
     */
    private static Map<String, String> gazetteerKeys(List<Entity> entities, Map<String, Geocoder.Resolution> found) {
        Set<String> taken = new HashSet<>();
        entities.forEach(e -> taken.add(e.key()));
        Map<String, String> rekeyed = new HashMap<>();
        Set<String> minted = new HashSet<>();
        found.forEach((key, resolution) -> {
            String gazetteerKey = key(resolution.place());
            boolean free = !taken.contains(gazetteerKey) || gazetteerKey.equals(key);
            if (free && minted.add(gazetteerKey)) {
                rekeyed.put(key, gazetteerKey);
            }
        });
        return rekeyed;
    }

    /** The key of a gazetteer place: its name, with its country and division where names repeat. */
    static String key(GeoPlace place) {
        String name = org.newskg.extract.entity.NameLib.slug(place.name());
        return switch (place.kind()) {
            case COUNTRY -> "place/" + name;
            case FIRST_LEVEL_DIVISION -> "place/" + name + "-" + Keys.slug(place.countryCode());
            case CITY -> "place/" + name + "-" + Keys.slug(place.divisionCode().orElse(place.countryCode()));
        };
    }

    private static Entity retype(Entity entity, Geocoder.Resolution resolution) {
        if (resolution == null) {
            return entity;
        }
        EntityType type = switch (resolution.place().kind()) {
            case COUNTRY -> EntityType.COUNTRY;
            case FIRST_LEVEL_DIVISION -> EntityType.FIRST_LEVEL_DIVISION;
            case CITY -> EntityType.CITY;
        };
        return new Entity(entity.key(), type, resolution.place().name(), entity.names(), entity.aliases(),
                entity.mentions());
    }

    /** The key of a gazetteer place: the entity resolved to it, else one minted for it in this article. */
    private static final class Keys {
        private final Map<GeoPlace, String> named = new HashMap<>();
        private final Map<GeoPlace, String> unnamed = new LinkedHashMap<>();
        private final Set<String> taken = new HashSet<>();

        Keys(Map<String, Geocoder.Resolution> resolved, List<Entity> entities) {
            resolved.forEach((key, r) -> named.putIfAbsent(r.place(), key));
            entities.forEach(e -> taken.add(e.key()));
        }

        String of(GeoPlace place) {
            String key = named.get(place);
            if (key != null) {
                return key;
            }
            return unnamed.computeIfAbsent(place, p -> {
                String minted = PlaceExtractor.key(p);
                String unique = taken.contains(minted) ? minted + "-" + slug(p.id()) : minted;
                taken.add(unique);
                return unique;
            });
        }

        private static String slug(String name) {
            String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC)
                    .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
            return slug.isEmpty() ? "unnamed" : slug;
        }
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Output> requires() {
        return Set.of(Output.ENTITIES);
    }

    @Override
    public Set<Output> provides() {
        return Set.of(Output.PLACES);
    }

    @Override
    public Found run(ExtractionContext context) {
        Result result = extract(context.article(), context.found().entities());
        return context.found().withEntities(result.entities()).withPlaces(result.places());
    }
}
