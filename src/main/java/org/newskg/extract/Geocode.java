package org.newskg.extract;

import org.newskg.gazetteer.GeoPlace;

/**
 * A place resolved against the gazetteer.
 *
 * @param entityKey  the place's {@link Entity#key()}; for a container the article does not name, the key minted for
 *                   it, which no entity of the article has
 * @param place      the gazetteer entry
 * @param named      true when the article names the place, false for a container known only from the gazetteer
 * @param confidence how sure the resolution is, in [0, 1]: lower when the name has several candidates
 */
public record Geocode(String entityKey, GeoPlace place, boolean named, double confidence) {
    public Geocode {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
    }
}
