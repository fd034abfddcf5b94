package org.newskg.extract;

/**
 * One organization is part of another: "the Coastal Program for the Institute for Ocean Policy".
 *
 * @param partKey  the part's {@link Entity#key()}
 * @param wholeKey the whole's key
 * @param evidence where it was read
 */
public record PartOf(String partKey, String wholeKey, Evidence evidence) {
}
