package org.newskg.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.GeoPlace;
import org.newskg.gazetteer.PlaceKind;
import org.newskg.gazetteer.Seat;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Token;

/**
 * Resolves each place an article names to one gazetteer entry, by the article's country context: the countries it
 * names (also by adjective: "Mexican"), the divisions it names unambiguously, the containers written next to a
 * place ("Springfield, Ill."), and the convention that a dateline names a city. Among the candidates left equal, a
 * country comes before a division and a division before a city, then the most populous wins.
 */
final class Geocoder {
    private static final double SURE = 0.9;
    private static final double LIKELY = 0.75;
    private static final double GUESS = 0.6;
    private static final Set<String> DIVISION_WORDS = Set.of("state", "province", "region", "district", "county",
            "department", "prefecture", "governorate", "oblast");
    private static final int DATELINE_CHARS = 60;

    private final Gazetteer gazetteer;

    /** A place's gazetteer entry and how sure the choice is. */
    record Resolution(GeoPlace place, double confidence) {
    }

    Geocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The resolution of every place entity the gazetteer knows, by entity key.
     *
     * @param hints the entities written as containers of each place ("Springfield, Ill."), by the place's key
     */
    Map<String, Resolution> resolve(AnnotatedArticle article, List<Entity> places, Map<String, Set<Entity>> hints) {
        Map<Entity, List<GeoPlace>> candidates = new HashMap<>();
        for (Entity place : places) {
            candidates.put(place, candidates(place, isInDateline(article, place)));
        }
        Context context = context(article, candidates);
        Map<String, Resolution> result = new HashMap<>();
        for (Entity place : places) {
            List<GeoPlace> found = new ArrayList<>(candidates.get(place));
            found.addAll(contractions(place, found, context));
            Set<GeoPlace> hinted = new HashSet<>();
            for (Entity container : hints.getOrDefault(place.key(), Set.of())) {
                hinted.addAll(candidates.getOrDefault(container, List.of()));
            }
            choose(place, found, context, hinted).ifPresent(r -> result.put(place.key(), r));
        }
        return result;
    }

    /** Every gazetteer entry one of the entity's names can stand for. */
    List<GeoPlace> candidates(Entity place, boolean cityOnly) {
        Set<GeoPlace> found = new LinkedHashSet<>();
        for (String name : place.names()) {
            found.addAll(byName(name));
        }
        List<GeoPlace> result = new ArrayList<>(found);
        if (result.stream().anyMatch(p -> p.kind() == PlaceKind.COUNTRY)) {
            // a town named after a country ("Jordan, Minn.") is written with its state
            result.removeIf(p -> p.kind() == PlaceKind.CITY);
        }
        if (cityOnly) {
            List<GeoPlace> cities = result.stream().filter(p -> p.kind() == PlaceKind.CITY).toList();
            if (cities.isEmpty()) {
                // GeoNames writes some cities with "City" ("New York City"); a dateline names them without
                cities = place.names().stream().flatMap(n -> gazetteer.lookup(n + " City").stream())
                        .filter(p -> p.kind() == PlaceKind.CITY).toList();
            }
            return cities.isEmpty() ? result : cities;
        }
        return result;
    }

    /**
     * The divisions a contraction ("Fla.", "Ga.") can stand for, of a country the article names: a contraction
     * fits many divisions of the world, so only the article's context can make one a candidate.
     */
    private List<GeoPlace> contractions(Entity place, List<GeoPlace> found, Context context) {
        return place.names().stream().flatMap(n -> gazetteer.lookupContraction(n).stream())
                .filter(p -> context.countries.contains(p.countryCode()) && !found.contains(p)).distinct().toList();
    }

    private List<GeoPlace> byName(String name) {
        List<GeoPlace> exact = gazetteer.lookup(name);
        if (!exact.isEmpty()) {
            return exact;
        }
        List<GeoPlace> abbreviated = gazetteer.lookupAbbreviation(name);
        if (!abbreviated.isEmpty()) {
            return abbreviated;
        }
        // "Orange province", "the state of Orange": the designator asks for a division
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (words.length > 1 && DIVISION_WORDS.contains(last)) {
            return gazetteer.lookup(name.substring(0, name.lastIndexOf(' '))).stream()
                    .filter(p -> p.kind() == PlaceKind.FIRST_LEVEL_DIVISION).toList();
        }
        return List.of();
    }

    private Optional<Resolution> choose(Entity place, List<GeoPlace> found, Context context, Set<GeoPlace> hinted) {
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Comparator<GeoPlace> order = Comparator.<GeoPlace>comparingInt(p -> score(place, p, context, hinted))
                .reversed().thenComparing(GeoPlace::kind)
                .thenComparing(Comparator.comparingLong(GeoPlace::population).reversed());
        List<GeoPlace> ranked = found.stream().sorted(order).toList();
        GeoPlace best = ranked.get(0);
        if (ranked.size() == 1) {
            return Optional.of(new Resolution(best, SURE));
        }
        int margin = score(place, best, context, hinted) - score(place, ranked.get(1), context, hinted);
        return Optional.of(new Resolution(best, margin > 0 ? LIKELY : GUESS));
    }

    private int score(Entity place, GeoPlace candidate, Context context, Set<GeoPlace> hinted) {
        int score = 0;
        if (gazetteer.containers(candidate).stream().anyMatch(hinted::contains)) {
            score += 8;
        }
        if (candidate.kind() == PlaceKind.CITY && candidate.divisionCode().map(context.divisions::contains)
                .orElse(false)) {
            score += 4;
        }
        if (context.countries.contains(candidate.countryCode())) {
            score += 2;
        }
        if (candidate.seat() == Seat.COUNTRY) {
            // a capital is what its bare name means, before a division of the same name
            score += 2;
        }
        if (kindOf(place.type()).map(k -> k == candidate.kind()).orElse(false)) {
            score += 1;
        }
        return score;
    }

    private static Optional<PlaceKind> kindOf(EntityType type) {
        return switch (type) {
            case COUNTRY -> Optional.of(PlaceKind.COUNTRY);
            case FIRST_LEVEL_DIVISION -> Optional.of(PlaceKind.FIRST_LEVEL_DIVISION);
            case CITY -> Optional.of(PlaceKind.CITY);
            default -> Optional.empty();
        };
    }

    /** The countries and divisions an article names: by name, by nationality adjective, by an unambiguous name. */
    private Context context(AnnotatedArticle article, Map<Entity, List<GeoPlace>> candidates) {
        Context context = new Context(new HashSet<>(), new HashSet<>());
        Map<String, Integer> placesByCountry = new HashMap<>();
        for (Map.Entry<Entity, List<GeoPlace>> entry : candidates.entrySet()) {
            List<GeoPlace> found = entry.getValue();
            // a country's name, unless it also names a division elsewhere ("Georgia") and NER did not say country
            boolean oneCountry = found.stream().map(GeoPlace::countryCode).distinct().count() == 1;
            if (oneCountry) {
                placesByCountry.merge(found.get(0).countryCode(), 1, Integer::sum);
            }
            found.stream().filter(p -> p.kind() == PlaceKind.COUNTRY)
                    .filter(c -> oneCountry || entry.getKey().type() == EntityType.COUNTRY).findFirst()
                    .ifPresent(c -> context.countries.add(c.countryCode()));
            List<GeoPlace> divisions = found.stream().filter(p -> p.kind() == PlaceKind.FIRST_LEVEL_DIVISION)
                    .toList();
            if (divisions.size() == 1 && found.stream().noneMatch(p -> p.kind() == PlaceKind.COUNTRY)) {
                context.divisions.add(divisions.get(0).id());
                if (divisions.size() == found.size()) {
                    context.countries.add(divisions.get(0).countryCode());
                }
            }
        }
        // two places that only one country has ("Tallahassee", "Apalachicola") name that country
        placesByCountry.forEach((country, count) -> {
            if (count >= 2) {
                context.countries.add(country);
            }
        });
        for (var sentence : article.sentences()) {
            for (Token token : sentence.tokens()) {
                if (token.ner().equals("NATIONALITY")) {
                    gazetteer.countryOfDemonym(token.word()).ifPresent(c -> context.countries.add(c.countryCode()));
                }
            }
        }
        return context;
    }

    /** A place named in capitals at the start of the first sentence: "SPRINGFIELD, Ill. (AP) --". */
    static boolean isInDateline(AnnotatedArticle article, Entity place) {
        for (Evidence mention : place.mentions()) {
            String letters = mention.text().replaceAll("[^\\p{L}]", "");
            if (mention.sentenceIndex() == 0 && mention.span().begin() < DATELINE_CHARS && letters.length() > 1
                    && letters.equals(letters.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private record Context(Set<String> countries, Set<String> divisions) {
    }
}
