package org.newskg.extract;

/**
 * One place lies in another: "Springfield, Illinois", "the Bavarian city of Erlangen", or the gazetteer's own
 * containment of a city in its division and country.
 *
 * @param placeKey     the contained place's key
 * @param containerKey the container's key (an {@link Entity} or a {@link Geocode} that the article does not name)
 * @param evidence     where it was read; for the gazetteer, the place's mention that was geocoded
 */
public record Located(String placeKey, String containerKey, Evidence evidence) {
    /** The extractor name of containment taken from the gazetteer rather than from the text. */
    public static final String GAZETTEER = "newskg-gazetteer";

    public boolean fromGazetteer() {
        return evidence.extractor().equals(GAZETTEER);
    }
}
