package org.newskg.gazetteer;

/**
 * A point in WGS 84.
 *
 * @param latitude  degrees north, in [-90, 90]
 * @param longitude degrees east, in [-180, 180]
 */
public record Coordinates(double latitude, double longitude) {
    public Coordinates {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("not a WGS 84 point: " + latitude + ", " + longitude);
        }
    }
}
