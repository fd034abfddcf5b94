package org.newskg.gazetteer;

/** What a gazetteer entry is, from the largest to the smallest. */
public enum PlaceKind {
    COUNTRY,
    FIRST_LEVEL_DIVISION,
    CITY;

    /** True when a place of this kind can contain a place of the other kind (a country a division, a division a city). */
    public boolean canContain(PlaceKind other) {
        return ordinal() < other.ordinal();
    }
}
