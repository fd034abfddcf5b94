package org.newskg.extract;

import java.util.List;

/**
 * What an article says about its places: where each one is ({@link Geocode}) and which lies in which
 * ({@link Located}).
 *
 * @param geocodes the places found in the gazetteer, and the containers that the gazetteer adds
 * @param located  containment read from the text and taken from the gazetteer
 */
public record Places(List<Geocode> geocodes, List<Located> located) {
    public static final Places NONE = new Places(List.of(), List.of());

    public Places {
        geocodes = List.copyOf(geocodes);
        located = List.copyOf(located);
    }
}
