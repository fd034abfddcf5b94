package org.newskg.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Countries, first-level divisions and cities with their names, codes, coordinates and containment, from the
 * public datasets listed in the README ("Data"). {@link #shared()} loads them once per process, on first use.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Gazetteer gazetteer = Gazetteer.shared();
 * List<GeoPlace> candidates = gazetteer.lookup("Springfield");   // most populous first
 * List<GeoPlace> chain = gazetteer.containers(candidates.get(0)); // its division, then its country
 * }</pre>
 */
public final class Gazetteer {
    private static final Comparator<GeoPlace> LARGEST_FIRST = Comparator.comparing(GeoPlace::kind)
            .thenComparing(Comparator.comparingLong(GeoPlace::population).reversed());

    private final Map<String, GeoPlace> byId = new HashMap<>();
    private final Map<String, List<GeoPlace>> byName = new HashMap<>();
    private final Map<String, GeoPlace> seats = new HashMap<>();
    private final Map<String, GeoPlace> byDemonym = new HashMap<>();
    private final Map<String, List<String>> alternativeNames;
    private final long loadMillis;

    Gazetteer(Collection<GeoPlace> places, Map<String, List<String>> alternativeNames,
              Map<String, List<String>> demonyms, long startNanos) {
        this.alternativeNames = Map.copyOf(alternativeNames);
        for (GeoPlace place : places) {
            byId.put(place.id(), place);
            index(place.name(), place);
            // "Washington, D.C." is also "Washington"
            int comma = place.name().indexOf(',');
            if (place.kind() == PlaceKind.CITY && comma > 0) {
                index(place.name().substring(0, comma), place);
            }
            for (String other : alternativeNames.getOrDefault(place.id(), List.of())) {
                index(other, place);
            }
            place.divisionCode().filter(d -> place.seat() == Seat.DIVISION).ifPresent(d -> seats.merge(d, place,
                    (a, b) -> a.population() >= b.population() ? a : b));
            if (place.seat() == Seat.COUNTRY) {
                seats.merge(place.countryCode(), place, (a, b) -> a.population() >= b.population() ? a : b);
            }
        }
        demonyms.forEach((country, adjectives) -> byId(country).ifPresent(c -> adjectives.forEach(a -> byDemonym.merge(
                PlaceNameLib.key(a), c, (x, y) -> x.population() >= y.population() ? x : y))));
        loadMillis = (System.nanoTime() - startNanos) / 1_000_000;
        for (Map.Entry<String, List<GeoPlace>> entry : byName.entrySet()) {
            List<GeoPlace> list = entry.getValue();
            if (list.size() > 1) {
                list.sort(LARGEST_FIRST);
            }
        }
    }

    private void index(String name, GeoPlace place) {
        List<GeoPlace> list = byName.computeIfAbsent(PlaceNameLib.key(name), k -> new ArrayList<>(1));
        if (list.isEmpty() || list.get(list.size() - 1) != place) {
            list.add(place);
        }
    }

    /** The gazetteer shipped with newskg, loaded on first use. */
    public static Gazetteer shared() {
        return Holder.INSTANCE;
    }

    /**
     * Starts loading the shared gazetteer on a background thread, so that it overlaps other start-up work (the NLP
     * models); {@link #shared()} then waits only for what is left.
     */
    public static void preload() {
        Thread loader = new Thread(Gazetteer::shared, "newskg-gazetteer");
        loader.setDaemon(true);
        loader.start();
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = GazetteerLoader.load();
    }

    /** Every place with this name or alternative name: countries first, then divisions, then cities by population. */
    public List<GeoPlace> lookup(String name) {
        return Collections.unmodifiableList(byName.getOrDefault(PlaceNameLib.key(name), List.of()));
    }

    /**
     * The first-level divisions that an abbreviation with a full stop can stand for: those whose name starts with
     * it ("Calif." for California). Empty for a word without a full stop or of fewer than three letters.
     */
    public List<GeoPlace> lookupAbbreviation(String abbreviation) {
        String stem = PlaceNameLib.key(abbreviation);
        if (!stem.endsWith(".") || stem.length() < 4 || stem.indexOf(' ') >= 0) {
            return List.of();
        }
        String prefix = stem.substring(0, stem.length() - 1);
        return byId.values().stream().filter(p -> p.kind() == PlaceKind.FIRST_LEVEL_DIVISION)
                .filter(p -> PlaceNameLib.key(p.name()).startsWith(prefix)).sorted(LARGEST_FIRST).toList();
    }

    /**
     * The first-level divisions that a contraction with a full stop can stand for: those whose name starts with its
     * first letter and holds its other letters in order ("Fla." for Florida, "Ga." for Georgia, and many more, so the
     * caller needs context to choose). Empty for a word without a full stop or of fewer than two letters.
     */
    public List<GeoPlace> lookupContraction(String contraction) {
        String stem = PlaceNameLib.key(contraction);
        if (!stem.endsWith(".") || stem.length() < 3 || stem.indexOf(' ') >= 0) {
            return List.of();
        }
        String letters = stem.substring(0, stem.length() - 1);
        return byId.values().stream().filter(p -> p.kind() == PlaceKind.FIRST_LEVEL_DIVISION)
                .filter(p -> contracts(letters, PlaceNameLib.key(p.name()))).sorted(LARGEST_FIRST).toList();
    }

    private static boolean contracts(String letters, String name) {
        if (name.isEmpty() || name.charAt(0) != letters.charAt(0)) {
            return false;
        }
        int at = 1;
        for (int i = 1; i < letters.length(); i++) {
            at = name.indexOf(letters.charAt(i), at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    public Optional<GeoPlace> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The places that contain this one, nearest first: a city's division and country, a division's country. */
    public List<GeoPlace> containers(GeoPlace place) {
        List<GeoPlace> result = new ArrayList<>();
        if (place.kind() == PlaceKind.CITY) {
            place.divisionCode().flatMap(this::byId).ifPresent(result::add);
        }
        if (place.kind() != PlaceKind.COUNTRY) {
            byId(place.countryCode()).ifPresent(result::add);
        }
        return result;
    }

    /** True when the container holds the place, directly or not. */
    public boolean contains(GeoPlace container, GeoPlace place) {
        return containers(place).contains(container);
    }

    /** The capital of a country, or the seat of a first-level division. */
    public Optional<GeoPlace> seatOf(GeoPlace region) {
        return region.kind() == PlaceKind.CITY ? Optional.empty() : Optional.ofNullable(seats.get(region.id()));
    }

    /** The country of an English demonym or adjective: "Mexican" gives Mexico. */
    public Optional<GeoPlace> countryOfDemonym(String adjective) {
        return Optional.ofNullable(byDemonym.get(PlaceNameLib.key(adjective)));
    }

    /** A place's name and its alternative names (a country's official name and other spellings). */
    public List<String> names(GeoPlace place) {
        List<String> names = new ArrayList<>();
        names.add(place.name());
        names.addAll(alternativeNames.getOrDefault(place.id(), List.of()));
        return names;
    }

    /** Every demonym the gazetteer knows, lower case. */
    public Set<String> demonyms() {
        return Set.copyOf(byDemonym.keySet());
    }

    /** The number of places of a kind. */
    public long count(PlaceKind kind) {
        return byId.values().stream().filter(p -> p.kind() == kind).count();
    }

    /** How long loading took, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }
}
