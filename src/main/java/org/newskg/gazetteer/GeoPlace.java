package org.newskg.gazetteer;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One gazetteer entry: a country, a first-level division or a city.
 *
 * @param id           unique within the gazetteer: the ISO 3166-1 alpha-2 code of a country ({@code MX}), the
 *                     GeoNames admin1 code of a division ({@code MX.26}), the GeoNames id of a city
 * @param kind         country, first-level division or city
 * @param name         its English name as the dataset writes it
 * @param countryCode  the ISO 3166-1 alpha-2 code of its country (its own for a country)
 * @param divisionCode the GeoNames admin1 code of its first-level division: a division's own code, a city's
 *                     division; empty for a country, or a city whose division is unknown
 * @param geonamesId   the GeoNames id of a city; empty for countries and divisions, whose datasets carry none
 * @param coordinates  a city's location or a country's centre; empty for divisions, whose dataset has none
 * @param population   a city's population; for a country or a division the sum over its cities in the gazetteer
 *                     (those of 1,000 people or more), an estimate that only ranks candidates
 * @param seat         whether a city is a capital or a division's seat
 */
public record GeoPlace(String id, PlaceKind kind, String name, String countryCode, Optional<String> divisionCode,
                       OptionalLong geonamesId, Optional<Coordinates> coordinates, long population, Seat seat) {

    /** The ISO 3166-1 alpha-2 code of a country. */
    public Optional<String> isoCode() {
        return kind == PlaceKind.COUNTRY ? Optional.of(countryCode) : Optional.empty();
    }

    GeoPlace withPopulation(long value) {
        return new GeoPlace(id, kind, name, countryCode, divisionCode, geonamesId, coordinates, value, seat);
    }
}
